import { describe, expect, it } from "vitest";
import { formEntries, formRecord } from "./form-entries";

describe("formEntries", () => {
  it("keeps a form's fields in order, drops Next's own and removes NUL from text", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("title", "a\u0000b");
    form.append("deputyIds", "1");
    form.append("deputyIds", "2");
    expect(formEntries(form)).toEqual([
      ["title", "ab"],
      ["deputyIds", "1"],
      ["deputyIds", "2"],
    ]);
  });

  it("gives no fields for anything that is not a form (a direct call's arguments)", () => {
    for (const input of [{ title: "x" }, "title=x", ["title", "x"], null, undefined, 7]) expect(formEntries(input)).toEqual([]);
  });
});

describe("formRecord", () => {
  it("keeps the named fields as lists, empty when none was checked, and the others as values", () => {
    const form = new FormData();
    form.append("title", "走访");
    form.append("deputyIds", "a");
    form.append("deputyIds", "b");
    expect(formRecord(form, ["deputyIds", "unitIds"])).toEqual({ title: "走访", deputyIds: ["a", "b"], unitIds: [] });
    expect(formRecord("not a form", ["deputyIds"])).toEqual({ deputyIds: [] });
  });
});

import { describe, expect, it } from "vitest";
import { ZItemSearch } from "./search-params";
import { ZTransitionForm, transitionFormRecord, transitionInput } from "./schemas";
import { ZSubmitItemForm } from "./submit-schemas";

describe("item forms", () => {
  it("builds each action's input from the form's strings, and nothing else", () => {
    const form = ZTransitionForm.parse({ itemId: "x", action: "assign", leadUnitId: "u", complex: "on", note: "n", reason: "ignored" });
    expect(transitionInput("assign", form)).toEqual({ leadUnitId: "u", complex: true, note: "n" });
    const ext = ZTransitionForm.parse({ itemId: "x", action: "requestExtension", days: "15", reason: "r" });
    expect(transitionInput("requestExtension", ext)).toEqual({ days: 15, reason: "r" });
    const approve = ZTransitionForm.parse({ itemId: "x", action: "approveExtension", days: " " });
    expect(transitionInput("approveExtension", approve)).toEqual({});
    const evaluate = ZTransitionForm.parse({ itemId: "x", action: "evaluate", satisfaction: "DISSATISFIED", reason: "慢" });
    expect(transitionInput("evaluate", evaluate)).toEqual({ satisfaction: "DISSATISFIED", reason: "慢" });
  });

  it("keeps every chosen co-unit and drops Next's own fields", () => {
    const fd = new FormData();
    fd.append("$ACTION_ID_abc", "");
    fd.append("itemId", "x");
    fd.append("action", "assign");
    fd.append("leadUnitId", "a");
    fd.append("coUnitIds", "b");
    fd.append("coUnitIds", "c");
    const form = ZTransitionForm.parse(transitionFormRecord(fd));
    expect(transitionInput("assign", form)).toEqual({ leadUnitId: "a", coUnitIds: ["b", "c"], complex: false });
  });

  it("refuses unknown fields and unknown actions", () => {
    expect(ZTransitionForm.safeParse({ itemId: "x", action: "accept", stage: "CLOSED" }).success).toBe(false);
    expect(ZTransitionForm.safeParse({ itemId: "x", action: "delete" }).success).toBe(false);
    expect(ZSubmitItemForm.safeParse({ title: "t", body: "b", idempotencyKey: "0123456789abcdef", source: "DEPUTY_SUGGESTION", stage: "CLOSED" }).success).toBe(false);
  });

  it("answers a blank title with the Chinese catalog key", () => {
    const r = ZSubmitItemForm.safeParse({ source: "DEPUTY_SUGGESTION", title: "  ", body: "b", idempotencyKey: "0123456789abcdef" });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(["workflow.submit.errors.titleRequired"]);
  });

  it("falls back to defaults for bad list filters", () => {
    expect(ZItemSearch.parse({ stage: "NOPE", page: "abc" })).toEqual({ stage: undefined, page: 1 });
    expect(ZItemSearch.parse({ stage: "HANDLING", page: ["3"] })).toEqual({ stage: "HANDLING", page: 3 });
  });
});

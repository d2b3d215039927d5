import { describe, expect, it } from "vitest";
import { currentHref } from "./current-href";

describe("current navigation entry", () => {
  const hrefs = ["/home", "/stations", "/station", "/admin/users"];
  it("marks the exact page and its sub-pages, never a mere string prefix", () => {
    expect(currentHref("/home", hrefs)).toBe("/home");
    expect(currentHref("/stations/abc", hrefs)).toBe("/stations");
    expect(currentHref("/station", hrefs)).toBe("/station");
    expect(currentHref("/stationery", hrefs)).toBeNull();
    expect(currentHref("/admin/users/1/edit", hrefs)).toBe("/admin/users");
    expect(currentHref("/", hrefs)).toBeNull();
  });
});

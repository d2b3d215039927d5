import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("where sign-in returns to", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeCallbackUrl("/home")).toBe("/home");
    expect(safeCallbackUrl("/deputies?page=2&q=%E5%BC%A0")).toBe("/deputies?page=2&q=%E5%BC%A0");
  });

  it.each([
    "https://evil.example/home",
    "//evil.example/home",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "home",
    "",
    "/login",
    "/login?callbackUrl=/login",
    "/api/auth/signout",
    `/${"a".repeat(600)}`,
  ])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBeNull();
  });

  it("refuses non-strings (repeated query parameters arrive as arrays)", () => {
    expect(safeCallbackUrl(["/home", "/audit"])).toBeNull();
    expect(safeCallbackUrl(undefined)).toBeNull();
  });
});

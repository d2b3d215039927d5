import { describe, expect, it } from "vitest";
import zh from "../../messages/zh-CN/errors.json";
import { passesGate, unavailablePage } from "./unavailable-page";

describe("the 503 page", () => {
  it("says in Chinese that the database is unavailable, without scripts", () => {
    const html = unavailablePage(zh);
    expect(html).toContain(zh.unavailableTitle);
    expect(html).toContain("稍后再试");
    expect(html).not.toContain("<script");
  });

  it("lets health checks and static files through, nothing else", () => {
    expect(passesGate("/api/health")).toBe(true);
    expect(passesGate("/_next/static/chunks/a.js")).toBe(true);
    expect(passesGate("/home")).toBe(false);
    expect(passesGate("/api/health/../../home")).toBe(false);
    expect(passesGate("/login?x=/api/health")).toBe(false);
  });
});

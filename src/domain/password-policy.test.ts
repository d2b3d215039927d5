import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password-policy";

describe("password policy", () => {
  it("accepts a long password with three character classes", () => {
    expect(passwordProblems("Lvzhi#Demo2026")).toEqual([]);
    expect(passwordProblems("履职平台Secure#2026")).toEqual([]);
  });
  it.each([
    ["Short#1a", "tooShort"],
    ["alllowercaseletters", "tooSimple"],
    ["Password@123", "common"],
  ])("rejects %s (%s)", (pw, problem) => {
    expect(passwordProblems(pw)).toContain(problem);
  });
  it("rejects more than 128 characters instead of truncating", () => {
    expect(passwordProblems("Aa1#".repeat(33))).toContain("tooLong");
    expect(passwordProblems("Aa1#".repeat(32))).toEqual([]);
  });
  it("rejects a password containing the login or the name", () => {
    expect(passwordProblems("Zhangwei#2026xx", ["zhangwei", "张伟"])).toContain("containsName");
    expect(passwordProblems("我是张伟Abc#2026", ["zhangwei", "张伟"])).toContain("containsName");
  });
});

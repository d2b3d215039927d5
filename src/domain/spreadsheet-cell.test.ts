import { describe, expect, it } from "vitest";
import { neutralizeFormula } from "./spreadsheet-cell";

describe("spreadsheet formula injection", () => {
  it("prefixes text that a spreadsheet could read as a formula", () => {
    for (const s of ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutralizeFormula(s)).toBe(`'${s}`);
  });

  it("leaves ordinary text, including Chinese and inner signs, as it is", () => {
    for (const s of ["关于改善道路照明的建议", "JY-2026-000001-G", "a=b", "", " =1", "'quoted"]) expect(neutralizeFormula(s)).toBe(s);
  });
});

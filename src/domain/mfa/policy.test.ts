import { describe, expect, it } from "vitest";
import { normalizeTotpCode, requiresMfa, stepIsFresh, totpStep } from "./policy";

describe("MFA policy", () => {
  it("requires TOTP for ADMIN, AUDITOR and LEADER only", () => {
    expect(requiresMfa("ADMIN")).toBe(true);
    expect(requiresMfa("AUDITOR")).toBe(true);
    expect(requiresMfa("LEADER")).toBe(true);
    for (const role of ["STAFF", "DEPUTY", "UNIT", "STATION_MANAGER"] as const) expect(requiresMfa(role)).toBe(false);
  });

  it("counts 30-second steps from the epoch", () => {
    expect(totpStep(59_000)).toBe(1);
    expect(totpStep(60_000)).toBe(2);
    expect(totpStep(1_111_111_109_000)).toBe(37_037_036); // RFC 6238 test vector time
  });

  it("accepts a step once: never again, never an earlier one", () => {
    expect(stepIsFresh(100, null)).toBe(true);
    expect(stepIsFresh(101, 100)).toBe(true);
    expect(stepIsFresh(100, 100)).toBe(false);
    expect(stepIsFresh(99, 100)).toBe(false);
  });

  it("takes six digits, with spaces, and nothing else", () => {
    expect(normalizeTotpCode("123 456")).toBe("123456");
    expect(normalizeTotpCode("12345")).toBeNull();
    expect(normalizeTotpCode("12345a")).toBeNull();
    expect(normalizeTotpCode("1234567")).toBeNull();
  });
});

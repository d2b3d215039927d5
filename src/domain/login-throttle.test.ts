import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACCOUNT_POLICY, afterFailure, isLocked, type TThrottleState } from "./login-throttle";

const at = (min: number) => new Date(Date.UTC(2026, 10, 28, 8, 0) + min * 60_000);

function failTimes(minutes: number[]): TThrottleState | null {
  return minutes.reduce<TThrottleState | null>((s, m) => afterFailure(s, at(m), ACCOUNT_POLICY), null);
}

describe("account lockout", () => {
  it("locks on the fifth failure within 15 minutes, for 15 minutes", () => {
    const four = failTimes([0, 1, 2, 3]);
    expect(isLocked(four, at(3))).toBe(false);
    const five = afterFailure(four, at(4), ACCOUNT_POLICY);
    expect(isLocked(five, at(4))).toBe(true);
    expect(isLocked(five, at(18.9))).toBe(true);
    expect(isLocked(five, at(19))).toBe(false);
  });
  it("forgets failures spread wider than the window", () => {
    expect(isLocked(failTimes([0, 4, 8, 12, 16]), at(16))).toBe(false);
  });
  it("starts afresh after a lock has expired", () => {
    const s = afterFailure(failTimes([0, 1, 2, 3, 4]), at(20), ACCOUNT_POLICY);
    expect(s.failures).toBe(1);
    expect(isLocked(s, at(20))).toBe(false);
  });
  it("never locks with fewer than five failures, whatever their timing", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 4 }), (mins) => {
        const sorted = [...mins].sort((a, b) => a - b);
        const s = failTimes(sorted);
        return !isLocked(s, at(sorted.at(-1) ?? 0));
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, judgeSession } from "./session-policy";

const t0 = 1_800_000_000;
const claims = { authTime: t0, lastSeen: t0, sessionVersion: 3 };
const holder = { active: true, sessionVersion: 3, revoked: false };

describe("session lifetime", () => {
  it("is valid while active, seen recently and young", () => {
    expect(judgeSession(claims, holder, t0 + SESSION_IDLE_SECONDS - 1)).toBe("valid");
  });
  it("ends after 30 idle minutes", () => {
    expect(SESSION_IDLE_SECONDS).toBe(1800);
    expect(judgeSession(claims, holder, t0 + SESSION_IDLE_SECONDS)).toBe("idle");
  });
  it("ends after 12 hours even when active all along", () => {
    expect(SESSION_ABSOLUTE_SECONDS).toBe(43_200);
    const busy = { ...claims, lastSeen: t0 + SESSION_ABSOLUTE_SECONDS - 5 };
    expect(judgeSession(busy, holder, t0 + SESSION_ABSOLUTE_SECONDS - 1)).toBe("valid");
    expect(judgeSession(busy, holder, t0 + SESSION_ABSOLUTE_SECONDS)).toBe("expired");
  });
  it("ends at once when signed out, or the user is disabled, removed, or their sessionVersion moves on", () => {
    expect(judgeSession(claims, { ...holder, active: false }, t0)).toBe("revoked");
    expect(judgeSession(claims, { ...holder, sessionVersion: 4 }, t0)).toBe("revoked");
    expect(judgeSession(claims, { ...holder, revoked: true }, t0)).toBe("revoked");
    expect(judgeSession(claims, null, t0)).toBe("revoked");
  });
});

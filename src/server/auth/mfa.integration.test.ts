import { describe, expect, it } from "vitest";
import { testDbKind } from "../../../tests/helpers/global-setup";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { seedUser, TEST_PASSWORD, testContext } from "../../../tests/factories/users";
import { authenticate } from "./authenticate";
import { beginEnrolment } from "./enrolment";
import { newTotpSecret, sealTotpSecret, totpCode } from "./totp";

const db = useTestDatabase();
const T0 = new Date("2026-11-28T08:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

async function enrolledLeader() {
  const user = await seedUser(db(), { role: "LEADER" });
  const secret = newTotpSecret();
  await db().user.update({ where: { id: user.id }, data: { totpSecretCipher: sealTotpSecret(secret, user.id), totpEnabledAt: T0 } });
  return { user, secret };
}
const login = (username: string, totp?: string, now = T0) => authenticate({ username, password: TEST_PASSWORD, totp }, testContext(), now);

describe("two factors for ADMIN, AUDITOR and LEADER (security.md #3)", () => {
  it("asks an enrolled leader for the code after the right password, and lets the right code in", async () => {
    const { user, secret } = await enrolledLeader();
    expect(await login(user.username)).toEqual({ ok: false, code: "TOTP_REQUIRED" });
    const ok = await login(user.username, totpCode(secret, T0.getTime()));
    expect(ok).toMatchObject({ ok: true, user: { id: user.id } });
    const row = await db().auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "auth.login", result: "SUCCESS" } });
    expect(row.detail).toMatchObject({ mfa: "totp" });
  });

  it("never asks for a code before the password is right", async () => {
    const { user } = await enrolledLeader();
    expect(await authenticate({ username: user.username, password: "Wrong#Password1" }, testContext(), T0)).toEqual({ ok: false, code: "INVALID" });
  });

  it("accepts a code once: the same code again is refused, even within its 30 seconds", async () => {
    const { user, secret } = await enrolledLeader();
    const code = totpCode(secret, T0.getTime());
    expect((await login(user.username, code)).ok).toBe(true);
    expect(await login(user.username, code, at(5))).toEqual({ ok: false, code: "TOTP_INVALID" });
    // an earlier step is refused too; the next step works
    expect(await login(user.username, totpCode(secret, at(-30).getTime()), at(5))).toEqual({ ok: false, code: "TOTP_INVALID" });
    expect((await login(user.username, totpCode(secret, at(30).getTime()), at(30))).ok).toBe(true);
  });

  it("allows one step of clock drift, not two", async () => {
    const { user, secret } = await enrolledLeader();
    expect(await login(user.username, totpCode(secret, at(-60).getTime()))).toEqual({ ok: false, code: "TOTP_INVALID" });
    expect((await login(user.username, totpCode(secret, at(-30).getTime()))).ok).toBe(true);
  });

  it("counts wrong codes like wrong passwords: five lock the account", async () => {
    const { user, secret } = await enrolledLeader();
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await login(user.username, "000000", at(i))).ok === false);
    expect(codes.every(Boolean)).toBe(true);
    expect(await login(user.username, totpCode(secret, at(10).getTime()), at(10))).toEqual({ ok: false, code: "LOCKED" });
    expect(await db().auditLog.count({ where: { action: "auth.mfa", result: "FAILURE", objectId: user.id } })).toBeGreaterThanOrEqual(4);
  });

  it("enrols at first sign-in: the secret is shown once, stored encrypted, confirmed by the first code", async () => {
    const user = await seedUser(db(), { role: "ADMIN" });
    expect(await login(user.username)).toEqual({ ok: false, code: "MFA_ENROLL" });
    expect(await beginEnrolment({ username: user.username, password: "Wrong#Password1" }, testContext(), T0)).toEqual({ ok: false, code: "INVALID" });
    const started = await beginEnrolment({ username: user.username, password: TEST_PASSWORD }, testContext(), T0);
    if (!started.ok) throw new Error("enrolment refused");
    expect(started.enrolment.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(started.enrolment.qrSvg).toContain("<svg");
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpPendingCipher).not.toContain(started.enrolment.secret);
    expect(stored.totpSecretCipher).toBeNull();
    // without a code, still enrolment; with the code, signed in and enabled
    expect(await login(user.username)).toEqual({ ok: false, code: "MFA_ENROLL" });
    expect((await login(user.username, totpCode(started.enrolment.secret, T0.getTime()))).ok).toBe(true);
    const enabled = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(enabled.totpSecretCipher).toBe(stored.totpPendingCipher);
    expect(enabled.totpPendingCipher).toBeNull();
    expect(await db().auditLog.count({ where: { action: { in: ["auth.mfa.enrol", "auth.mfa.enabled"] }, objectId: user.id } })).toBe(2);
    // enrolled: a password alone can no longer replace the secret
    expect(await beginEnrolment({ username: user.username, password: TEST_PASSWORD }, testContext(), at(40))).toEqual({ ok: false, code: "INVALID" });
  });

  it("leaves other roles with the password alone", async () => {
    for (const role of ["STAFF", "DEPUTY", "UNIT", "STATION_MANAGER"] as const) {
      const user = await seedUser(db(), { role });
      expect((await login(user.username)).ok).toBe(true);
    }
  });

  it.runIf(testDbKind() === "postgres")("lets one of several simultaneous sign-ins with one code through", async () => {
    const { user, secret } = await enrolledLeader();
    const code = totpCode(secret, T0.getTime());
    const results = await Promise.all(Array.from({ length: 6 }, () => login(user.username, code)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

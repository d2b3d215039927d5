import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { seedUser, TEST_PASSWORD, testContext } from "../../../tests/factories/users";
import { verifyAuditChain } from "../audit";
import { authenticate } from "./authenticate";

const db = useTestDatabase();
const T0 = new Date("2026-11-28T08:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe("sign-in", () => {
  it("accepts the right password and records the success", async () => {
    const user = await seedUser(db());
    const ctx = testContext();
    const result = await authenticate({ username: user.username.toUpperCase(), password: TEST_PASSWORD }, ctx, T0);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "STAFF" } });
    const audit = await db().auditLog.findFirstOrThrow({ where: { requestId: ctx.requestId } });
    expect(audit).toMatchObject({ action: "auth.login", result: "SUCCESS", actorId: user.id, ip: ctx.ip });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(TEST_PASSWORD);
  });

  it("answers the same for an unknown account and a wrong password, and audits both", async () => {
    const user = await seedUser(db());
    const wrong = await authenticate({ username: user.username, password: "Wrong#Password1" }, testContext(), T0);
    const unknown = await authenticate({ username: "nobody-here", password: "Wrong#Password1" }, testContext(), T0);
    expect(wrong).toEqual({ ok: false, code: "INVALID" });
    expect(unknown).toEqual({ ok: false, code: "INVALID" });
    const failures = await db().auditLog.count({ where: { action: "auth.login", result: "FAILURE", actorName: { in: [user.username, "nobody-here"] } } });
    expect(failures).toBe(2);
  });

  it("locks an account for 15 minutes after 5 failures, even against the right password", async () => {
    const user = await seedUser(db());
    const codes = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await authenticate({ username: user.username, password: `Wrong#Password${i}` }, testContext(), later(i))));
    }
    expect(codes.map((c) => (c.ok ? "OK" : c.code))).toEqual(["INVALID", "INVALID", "INVALID", "INVALID", "LOCKED"]);
    expect(await authenticate({ username: user.username, password: TEST_PASSWORD }, testContext(), later(5))).toEqual({ ok: false, code: "LOCKED" });
    expect(await authenticate({ username: user.username, password: TEST_PASSWORD }, testContext(), later(18))).toEqual({ ok: false, code: "LOCKED" });
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD }, testContext(), later(19))).ok).toBe(true);
  });

  it("locks an unknown account name exactly like a real one", async () => {
    for (let i = 0; i < 4; i++) await authenticate({ username: "ghost-account", password: "Wrong#Password1" }, testContext(), later(i));
    expect(await authenticate({ username: "ghost-account", password: "Wrong#Password1" }, testContext(), later(4))).toEqual({ ok: false, code: "LOCKED" });
  });

  it("throttles an address after 30 failures across accounts", async () => {
    const ctx = () => testContext("198.51.100.99");
    for (let i = 0; i < 30; i++) await authenticate({ username: `spray-${i}`, password: "Wrong#Password1" }, ctx(), later(0));
    const user = await seedUser(db());
    expect(await authenticate({ username: user.username, password: TEST_PASSWORD }, ctx(), later(1))).toEqual({ ok: false, code: "THROTTLED" });
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD }, testContext("198.51.100.100"), later(1))).ok).toBe(true);
  });

  it("refuses a disabled account with the ordinary message", async () => {
    const user = await seedUser(db(), { active: false });
    expect(await authenticate({ username: user.username, password: TEST_PASSWORD }, testContext(), T0)).toEqual({ ok: false, code: "INVALID" });
  });

  it.each([
    ["an empty password", { username: "someone", password: "" }],
    ["a 10,000-character password", { username: "someone", password: "x".repeat(10_000) }],
    ["no fields at all", {}],
    ["an extra field", { username: "someone", password: "Abc#12345678", role: "ADMIN" }],
    ["a non-string password", { username: "someone", password: 42 }],
  ])("answers INPUT for %s without throwing", async (_label, input) => {
    expect(await authenticate(input, testContext(), T0)).toEqual({ ok: false, code: "INPUT" });
  });

  it.each(["<script>alert(1)</script>", "' OR 1=1 --", "admin'; DROP TABLE \"User\"; --"])("treats %s as an ordinary unknown name", async (name) => {
    expect(await authenticate({ username: name, password: "Wrong#Password1" }, testContext(), T0)).toEqual({ ok: false, code: "INVALID" });
    expect(await db().user.count()).toBeGreaterThanOrEqual(0);
  });

  it("keeps the audit chain intact through all of it", async () => {
    const report = await verifyAuditChain(db());
    expect(report.firstBrokenId).toBeNull();
    expect(report.checked).toBeGreaterThan(10);
  });
});

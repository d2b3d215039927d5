import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { formatTrackingNumber } from "@/domain/tracking-number";
import { RATE_LIMITS } from "@/domain/rate-limits";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { newKey, seedLoopWorld } from "../../../tests/factories/items";
import { decryptPii } from "../crypto/pii-cipher";
import { setDbForTesting } from "../db";
import { listPublicCommittees } from "./committees";
import { CONTACT_CONTEXT, submitPublicOpinion } from "./submit";
import { trackItem } from "./track";

const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z");
let ipSeq = 0;
const freshIp = () => `198.51.100.${++ipSeq}`;
let phoneSeq = 0;
const freshPhone = () => `139${String(10_000_000 + ++phoneSeq * 7919).slice(-8)}`;

const input = (committeeId: string, over: Record<string, unknown> = {}) => ({
  committeeId,
  title: "小区门口路灯不亮",
  body: "建设路 12 号门口的路灯坏了两个月，晚上出行不便。",
  submitterName: "陈群众",
  phone: freshPhone(),
  idempotencyKey: newKey(),
  ...over,
});

async function itemCount(): Promise<number> {
  return db().item.count({ where: { source: "PUBLIC_OPINION" } });
}

describe("public submission", () => {
  it("stores the phone only encrypted: not in the item row, its history or its audit row", async () => {
    const w = await seedLoopWorld(db());
    const ctx = testContext(freshIp());
    const r = await submitPublicOpinion(input(w.committee.id, { phone: "138 1234 5678" }), ctx, T0);
    expect(r).toMatchObject({ ok: true, created: true });
    if (!r.ok) return;
    expect(r.trackingNumber).toMatch(/^MY-2026-\d{6}-[0-9A-Z]$/);
    const item = await db().item.findUniqueOrThrow({ where: { trackingNumber: r.trackingNumber }, include: { history: true } });
    expect(item).toMatchObject({ source: "PUBLIC_OPINION", stage: "SUBMITTED", createdById: null, committeeId: w.committee.id, submitterName: "陈群众" });
    expect(item.contactCipher).toMatch(/^v1\./);
    expect(decryptPii(item.contactCipher ?? "", CONTACT_CONTEXT)).toBe("13812345678");
    const audit = await db().auditLog.findMany({ where: { requestId: ctx.requestId } });
    expect(audit).toMatchObject([{ action: "item.submit", objectId: item.id, actorId: null, result: "SUCCESS" }]);
    const everything = JSON.stringify({ item: { ...item, contactCipher: null }, audit }, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    for (const form of ["13812345678", "138 1234 5678", "1234 5678", "12345678"]) expect(everything).not.toContain(form);
  });

  it("makes one item of a double submit with the same key, sequential or simultaneous", async () => {
    const w = await seedLoopWorld(db());
    const before = await itemCount();
    const same = input(w.committee.id);
    const a = await submitPublicOpinion(same, testContext(freshIp()), T0);
    const b = await submitPublicOpinion(same, testContext(freshIp()), T0);
    expect(a).toMatchObject({ ok: true, created: true });
    expect(b).toEqual({ ok: true, created: false, trackingNumber: a.ok ? a.trackingNumber : "" });
    const twin = input(w.committee.id);
    const both = await Promise.all([submitPublicOpinion(twin, testContext(freshIp()), T0), submitPublicOpinion(twin, testContext(freshIp()), T0)]);
    expect(both.every((r) => r.ok)).toBe(true);
    expect(new Set(both.map((r) => (r.ok ? r.trackingNumber : "")))).toHaveProperty("size", 1);
    expect(await itemCount()).toBe(before + 2);
    expect(await db().item.count({ where: { idempotencyKey: { in: [same.idempotencyKey, twin.idempotencyKey] } } })).toBe(2);
  });

  it("refuses the sixth submission from one address with retryAfter, and writes nothing", async () => {
    const w = await seedLoopWorld(db());
    const ip = freshIp();
    const allowed = RATE_LIMITS.publicSubmitPerIp.points;
    for (let i = 0; i < allowed; i++) expect(await submitPublicOpinion(input(w.committee.id), testContext(ip), T0)).toMatchObject({ ok: true });
    const before = await itemCount();
    const refused = await submitPublicOpinion(input(w.committee.id), testContext(ip), T0);
    expect(refused).toMatchObject({ ok: false, kind: "limited" });
    if (refused.ok || refused.kind !== "limited") return;
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMITS.publicSubmitPerIp.durationSeconds);
    expect(await itemCount()).toBe(before);
    // another address is not affected
    expect(await submitPublicOpinion(input(w.committee.id), testContext(freshIp()), T0)).toMatchObject({ ok: true });
  });

  it("refuses a fourth submission with one phone from different addresses, however the number is written", async () => {
    const w = await seedLoopWorld(db());
    const forms = ["13700001111", "137 0000 1111", "+86 137-0000-1111"];
    for (const phone of forms) expect(await submitPublicOpinion(input(w.committee.id, { phone }), testContext(freshIp()), T0)).toMatchObject({ ok: true });
    const refused = await submitPublicOpinion(input(w.committee.id, { phone: "８６１３７００００１１１１" }), testContext(freshIp()), T0);
    expect(refused).toMatchObject({ ok: false, kind: "limited" });
    if (refused.ok || refused.kind !== "limited") return;
    expect(refused.retryAfterSeconds).toBeGreaterThan(60 * 60);
  });

  it("refuses bad input with field keys and writes nothing: bad phone, unknown field, unknown committee", async () => {
    const w = await seedLoopWorld(db());
    const before = await itemCount();
    const ctx = testContext(freshIp());
    expect(await submitPublicOpinion(input(w.committee.id, { phone: "12345" }), ctx)).toEqual({ ok: false, kind: "invalid", fieldErrors: { phone: ["pii.phone.length"] } });
    expect(await submitPublicOpinion(input(w.committee.id, { phone: "1380013800x" }), ctx)).toMatchObject({ ok: false, kind: "invalid" });
    expect(await submitPublicOpinion(input(w.committee.id, { stage: "CLOSED" }), ctx)).toMatchObject({ ok: false, fieldErrors: { _form: ["actions.unknownField"] } });
    expect(await submitPublicOpinion(input(w.committee.id, { title: " " }), ctx)).toMatchObject({ ok: false, fieldErrors: { title: ["workflow.submit.errors.titleRequired"] } });
    const ghost = "0190a0b0-0000-7000-8000-000000000000";
    expect(await submitPublicOpinion(input(ghost), ctx)).toEqual({ ok: false, kind: "invalid", fieldErrors: { committeeId: ["workflow.submit.errors.committeeRequired"] } });
    expect(await itemCount()).toBe(before);
  });

  it("lists committees as id and name only", async () => {
    const w = await seedLoopWorld(db());
    const list = await listPublicCommittees();
    expect(list).toContainEqual({ id: w.committee.id, name: w.committee.name });
    for (const c of list) expect(Object.keys(c).sort()).toEqual(["id", "name"]);
  });
});

describe("public tracking", () => {
  it("shows only the number, title, public stage, dates and a delivered reply: nothing personal", async () => {
    const w = await seedLoopWorld(db());
    const r = await submitPublicOpinion(input(w.committee.id, { phone: "13566667777", submitterName: "周秘密" }), testContext(freshIp()), T0);
    if (!r.ok) throw new Error("submission failed");
    const found = await trackItem(r.trackingNumber.toLowerCase().replaceAll("-", " "), testContext(freshIp()));
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    expect(Object.keys(found.status).sort()).toEqual(["replyText", "stage", "submittedAt", "title", "trackingNumber", "updatedAt"]);
    expect(found.status).toMatchObject({ trackingNumber: r.trackingNumber, title: "小区门口路灯不亮", stage: "SUBMITTED", replyText: null, submittedAt: T0.toISOString() });
    const text = JSON.stringify(found);
    for (const secret of ["13566667777", "周秘密", "建设路", w.committee.id]) expect(text).not.toContain(secret);

    // a drafted reply stays hidden until it has been delivered
    await db().item.update({ where: { trackingNumber: r.trackingNumber }, data: { stage: "REPLY_DRAFTED", replyText: "已修复路灯。" } });
    expect(await trackItem(r.trackingNumber, testContext(freshIp()))).toMatchObject({ kind: "found", status: { stage: "REPLY_DRAFTED", replyText: null } });
    await db().item.update({ where: { trackingNumber: r.trackingNumber }, data: { stage: "REPLIED" } });
    expect(await trackItem(r.trackingNumber, testContext(freshIp()))).toMatchObject({ kind: "found", status: { stage: "REPLIED", replyText: "已修复路灯。" } });
  });

  it("answers notFound for a well-formed number that does not exist", async () => {
    const unknown = formatTrackingNumber({ source: "PUBLIC_OPINION", year: 2026, sequence: 999_999 });
    expect(await trackItem(unknown, testContext(freshIp()))).toEqual({ kind: "notFound" });
  });

  it("answers malformed and mistyped numbers without touching the database", async () => {
    const good = formatTrackingNumber({ source: "PUBLIC_OPINION", year: 2026, sequence: 123 });
    const swapped = `${good.slice(0, 11)}${good.charAt(12)}${good.charAt(11)}${good.slice(13)}`; // …000213…
    const wrongCheck = `${good.slice(0, -1)}${good.endsWith("0") ? "1" : "0"}`;
    const touched: string[] = [];
    const tripwire = new Proxy({}, { get: (_t, prop) => { touched.push(String(prop)); throw new Error("the database was touched"); } });
    setDbForTesting(tripwire as unknown as PrismaClient);
    try {
      for (const raw of ["", "abc", "MY-2026-12", swapped, wrongCheck, "XX-2026-000123-A", 42, null, "M".repeat(100)]) {
        expect(await trackItem(raw, testContext(freshIp()))).toEqual({ kind: "malformed" });
      }
    } finally {
      setDbForTesting(db());
    }
    expect(touched).toEqual([]);
    // and the tripwire works: a well-formed number does reach the database
    setDbForTesting(tripwire as unknown as PrismaClient);
    try {
      await expect(trackItem(good, testContext(freshIp()))).rejects.toThrow("the database was touched");
    } finally {
      setDbForTesting(db());
    }
  });

  it("limits look-ups per address with retryAfter", async () => {
    const ip = freshIp();
    const unknown = formatTrackingNumber({ source: "PUBLIC_OPINION", year: 2026, sequence: 999_998 });
    for (let i = 0; i < RATE_LIMITS.trackLookupPerIp.points; i++) expect(await trackItem(unknown, testContext(ip))).toEqual({ kind: "notFound" });
    const refused = await trackItem(unknown, testContext(ip));
    expect(refused).toMatchObject({ kind: "limited" });
    if (refused.kind === "limited") expect(refused.retryAfterSeconds).toBeGreaterThan(0);
  });
});

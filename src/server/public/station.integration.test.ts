import { describe, expect, it } from "vitest";
import { RATE_LIMITS } from "@/domain/rate-limits";
import { seedStationWorld } from "../../../tests/factories/intake";
import { newKey, seedLoopWorld } from "../../../tests/factories/items";
import { testContext } from "../../../tests/factories/users";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { decryptPii } from "../crypto/pii-cipher";
import { getPublicStation } from "./stations";
import { CONTACT_CONTEXT, submitStationOpinion, titleFromBody } from "./submit";
import { trackItem } from "./track";

/**
 * Issue 3 #5 and issue 4 #5: each station's own one-click form (/s/<stationId>). No account; only
 * the text is required; the item goes to the committee over the station's area with the station
 * recorded; rate-limited, idempotent, the phone encrypted; the status page shows nothing personal.
 */
const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z");
let ipSeq = 0;
const freshIp = () => `192.0.2.${++ipSeq}`;
const input = (stationId: string, over: Record<string, unknown> = {}) => ({
  stationId,
  body: "村口的桥栏杆松动了\n希望尽快修一修，孩子们每天上学都要经过。",
  idempotencyKey: newKey(),
  ...over,
});

describe("a station's own form", () => {
  it("creates a public opinion for the committee over the station's township, with the station recorded and a tracking number", async () => {
    const w = await seedLoopWorld(db());
    const s = await seedStationWorld(db(), w);
    expect(await getPublicStation(s.station.id)).toEqual({ id: s.station.id, name: s.station.name, address: "测试镇政府院内" });
    const r = await submitStationOpinion(input(s.station.id, { submitterName: "孙大爷", phone: "139 0000 1234" }), testContext(freshIp()), T0);
    expect(r).toMatchObject({ ok: true, created: true, trackingNumber: expect.stringMatching(/^MY-2026-\d{6}-[0-9A-Z]$/) });
    if (!r.ok) return;
    const item = await db().item.findUniqueOrThrow({ where: { trackingNumber: r.trackingNumber } });
    expect(item).toMatchObject({ source: "PUBLIC_OPINION", committeeId: w.committee.id, stationId: s.station.id, createdById: null, title: "村口的桥栏杆松动了", submitterName: "孙大爷" });
    expect(item.contactCipher).not.toContain("1234");
    expect(decryptPii(item.contactCipher ?? "", CONTACT_CONTEXT)).toBe("13900001234");
    // the status page: nothing personal, not the station's people either
    const found = await trackItem(r.trackingNumber, testContext(freshIp()));
    const text = JSON.stringify(found);
    for (const secret of ["孙大爷", "13900001234", "1234", s.station.id, w.committee.id, s.manager.id]) expect(text).not.toContain(secret);
  });

  it("needs only the text: no name, no phone", async () => {
    const w = await seedLoopWorld(db());
    const s = await seedStationWorld(db(), w);
    const r = await submitStationOpinion(input(s.station.id), testContext(freshIp()), T0);
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(await db().item.findUniqueOrThrow({ where: { trackingNumber: r.trackingNumber }, select: { contactCipher: true, submitterName: true } })).toEqual({ contactCipher: null, submitterName: null });
    expect(titleFromBody("  \n" + "很".repeat(40))).toBe(`${"很".repeat(30)}…`);
  });

  it("makes one item of a double submit, and limits one address", async () => {
    const w = await seedLoopWorld(db());
    const s = await seedStationWorld(db(), w);
    const same = input(s.station.id);
    const both = await Promise.all([submitStationOpinion(same, testContext(freshIp()), T0), submitStationOpinion(same, testContext(freshIp()), T0)]);
    expect(new Set(both.map((r) => (r.ok ? r.trackingNumber : "refused")))).toHaveProperty("size", 1);
    expect(await db().item.count({ where: { idempotencyKey: same.idempotencyKey } })).toBe(1);
    const ip = freshIp();
    for (let i = 0; i < RATE_LIMITS.publicSubmitPerIp.points; i++) expect(await submitStationOpinion(input(s.station.id), testContext(ip), T0)).toMatchObject({ ok: true });
    const before = await db().item.count();
    expect(await submitStationOpinion(input(s.station.id), testContext(ip), T0)).toMatchObject({ ok: false, kind: "limited" });
    expect(await db().item.count()).toBe(before);
  });

  it("refuses a closed or unknown station, a blank text, a bad phone and extra fields — writing nothing", async () => {
    const w = await seedLoopWorld(db());
    const s = await seedStationWorld(db(), w);
    const before = await db().item.count();
    const ctx = () => testContext(freshIp());
    expect(await submitStationOpinion(input("0190a0b0-0000-7000-8000-000000000000"), ctx(), T0)).toEqual({ ok: false, kind: "invalid", fieldErrors: { stationId: ["intake.station.errors.stationInvalid"] } });
    expect(await submitStationOpinion(input("not-a-uuid"), ctx(), T0)).toMatchObject({ ok: false, fieldErrors: { stationId: ["intake.station.errors.stationInvalid"] } });
    expect(await submitStationOpinion(input(s.station.id, { body: "   " }), ctx(), T0)).toMatchObject({ ok: false, fieldErrors: { body: ["workflow.submit.errors.bodyRequired"] } });
    expect(await submitStationOpinion(input(s.station.id, { phone: "12345" }), ctx(), T0)).toMatchObject({ ok: false, fieldErrors: { phone: ["pii.phone.length"] } });
    expect(await submitStationOpinion(input(s.station.id, { committeeId: w.committee.id }), ctx(), T0)).toMatchObject({ ok: false, fieldErrors: { _form: ["actions.unknownField"] } });
    await db().liaisonStation.update({ where: { id: s.station.id }, data: { active: false } });
    expect(await getPublicStation(s.station.id)).toBeNull();
    expect(await submitStationOpinion(input(s.station.id), ctx(), T0)).toMatchObject({ ok: false, fieldErrors: { stationId: ["intake.station.errors.stationInvalid"] } });
    expect(await db().item.count()).toBe(before);
  });
});

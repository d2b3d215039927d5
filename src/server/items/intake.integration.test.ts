import { describe, expect, it } from "vitest";
import { newKey, seedLoopWorld, suggestionInput } from "../../../tests/factories/items";
import { seedStationWorld } from "../../../tests/factories/intake";
import { testContext } from "../../../tests/factories/users";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { ActionRefusal } from "../actions";
import { decryptPii } from "../crypto/pii-cipher";
import { ForbiddenError, NotFoundError } from "../errors";
import { createItemInTx, submitItem } from "./commands";
import { CONTACT_CONTEXT, maskedContact, revealContact } from "./contact";
import { submitOptions } from "./intake-options";
import { getItemForViewer } from "./queries";

/**
 * Issue 3 #1 (every source), #10 (bad input saves nothing), security.md #11 (the phone of a
 * submitter without an account: encrypted at rest, masked, revealed only with the permission and audited).
 */
const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z");

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (error: unknown) => error);
  expect(e).toBeInstanceOf(ActionRefusal);
  return { key: (e as ActionRefusal).messageKey, field: (e as ActionRefusal).field };
};
const counts = async () => ({
  items: await db().item.count(),
  sponsors: await db().itemSponsor.count(),
  audit: await db().auditLog.count({ where: { action: "item.submit" } }),
});

describe("a deputy's suggestion with co-sponsors", () => {
  it("records the lead and each co-sponsor, and each co-sponsor sees the item", async () => {
    const w = await seedLoopWorld(db());
    const r = await submitItem(w.cast.deputy, suggestionInput({ coSponsorUserIds: [w.cast.coDeputy.id, w.cast.otherDeputy.id] }), testContext(), T0);
    const sponsors = await db().itemSponsor.findMany({ where: { itemId: r.id }, select: { userId: true, isLead: true } });
    expect(sponsors).toHaveLength(3);
    expect(sponsors).toContainEqual({ userId: w.cast.deputy.id, isLead: true });
    expect(sponsors).toContainEqual({ userId: w.cast.coDeputy.id, isLead: false });
    expect((await getItemForViewer(w.cast.otherDeputy, r.id)).sponsors.map((s) => s.isLead).sort()).toEqual([false, false, true]);
  });

  it("offers the committee's other active deputies, and refuses a deputy of another committee, an inactive one, the lead and a duplicate — saving nothing", async () => {
    const w = await seedLoopWorld(db());
    const other = await seedLoopWorld(db());
    const offered = (await submitOptions(w.cast.deputy)).deputies.map((d) => d.id).sort();
    expect(offered).toEqual([w.cast.coDeputy.id, w.cast.otherDeputy.id].sort());
    await db().deputy.update({ where: { userId: w.cast.otherDeputy.id }, data: { status: "TERMINATED" } });
    const before = await counts();
    for (const co of [[other.cast.deputy.id], [w.cast.otherDeputy.id], [w.cast.deputy.id], [w.cast.coDeputy.id, w.cast.coDeputy.id]]) {
      expect(await refusal(submitItem(w.cast.deputy, suggestionInput({ coSponsorUserIds: co }), testContext(), T0))).toEqual({
        key: "workflow.submit.errors.sponsorInvalid",
        field: "coSponsorUserIds",
      });
    }
    // a deputy's suggestion takes no submitter phone
    expect(await refusal(submitItem(w.cast.deputy, suggestionInput({ phone: "13812345678" }), testContext(), T0))).toEqual({ key: "intake.errors.phoneNotHere", field: "phone" });
    expect(await counts()).toEqual(before);
  });
});

describe("staff recording on someone's behalf", () => {
  it("for a named deputy: the deputy is the lead sponsor, co-sponsors follow, and the deputy sees it", async () => {
    const w = await seedLoopWorld(db());
    const r = await submitItem(w.cast.staff, suggestionInput({ leadSponsorUserId: w.cast.deputy.id, coSponsorUserIds: [w.cast.coDeputy.id] }), testContext(), T0);
    const item = await db().item.findUniqueOrThrow({ where: { id: r.id }, select: { createdById: true, submitterName: true, contactCipher: true, sponsors: { select: { userId: true, isLead: true } } } });
    expect(item).toMatchObject({ createdById: w.cast.staff.id, submitterName: null, contactCipher: null });
    expect(item.sponsors).toContainEqual({ userId: w.cast.deputy.id, isLead: true });
    await expect(getItemForViewer(w.cast.deputy, r.id)).resolves.toMatchObject({ id: r.id });
    // a lead from another committee is refused
    const other = await seedLoopWorld(db());
    expect(await refusal(submitItem(w.cast.staff, suggestionInput({ leadSponsorUserId: other.cast.deputy.id }), testContext(), T0))).toMatchObject({ field: "leadSponsorUserId" });
  });

  it("for a person without an account: the name is required; the phone is stored only encrypted, masked for the committee's staff, revealed with the permission and audited", async () => {
    const w = await seedLoopWorld(db());
    const onBehalf = (over: Record<string, unknown>) => suggestionInput({ source: "ON_BEHALF", ...over });
    expect(await refusal(submitItem(w.cast.staff, onBehalf({ phone: "13812345678" }), testContext(), T0))).toEqual({ key: "workflow.submit.errors.nameRequired", field: "submitterName" });
    expect(await refusal(submitItem(w.cast.staff, onBehalf({ submitterName: "赵群众", phone: "1381234" }), testContext(), T0))).toMatchObject({ field: "phone" });
    const r = await submitItem(w.cast.staff, onBehalf({ submitterName: "赵群众", phone: "138 1234 5678" }), testContext(), T0);

    // at rest: no digits of the number anywhere in the row
    const rows = await db().$queryRaw<{ row: string }[]>`SELECT row_to_json(i)::text AS row FROM "Item" i WHERE id = ${r.id}::uuid`;
    const raw = rows[0]?.row ?? "";
    expect(raw).toContain("contactCipher");
    for (const form of ["13812345678", "12345678", "5678\""]) expect(raw).not.toContain(form);
    const stored = await db().item.findUniqueOrThrow({ where: { id: r.id }, select: { contactCipher: true } });
    expect(decryptPii(stored.contactCipher ?? "", CONTACT_CONTEXT)).toBe("13812345678");

    // masked for the committee's staff; nothing for a leader; not found for another committee
    expect(await maskedContact(w.cast.staff, r.id)).toBe("138****5678");
    expect(await maskedContact(w.cast.leader, r.id)).toBeNull();
    const other = await seedLoopWorld(db());
    await expect(maskedContact(other.cast.staff, r.id)).rejects.toBeInstanceOf(NotFoundError);

    // revealed: staff (deputy:revealPii), audited; a leader has no such permission
    const auditBefore = await db().auditLog.count({ where: { action: "item.contact.reveal", objectId: r.id } });
    expect(await revealContact(w.cast.staff, r.id, testContext())).toBe("13812345678");
    expect(await db().auditLog.count({ where: { action: "item.contact.reveal", objectId: r.id, actorId: w.cast.staff.id } })).toBe(auditBefore + 1);
    await expect(revealContact(w.cast.leader, r.id, testContext())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revealContact(other.cast.staff, r.id, testContext())).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().auditLog.count({ where: { action: "item.contact.reveal", objectId: r.id } })).toBe(auditBefore + 1);
  });
});

describe("a station manager's record", () => {
  it("goes to the committee over the station's township, records the station, and only its creator among managers sees it", async () => {
    const w = await seedLoopWorld(db());
    const s = await seedStationWorld(db(), w);
    expect((await submitOptions(s.manager)).stations).toEqual([{ id: s.station.id, name: s.station.name }]);
    expect((await submitOptions(s.manager)).sources).toEqual(["STATION_VISIT", "GRID_REPORT", "FACE_TO_FACE"]);
    const r = await submitItem(s.manager, suggestionInput({ source: "STATION_VISIT", submitterName: "来访群众", phone: "0371-6543 2100" }), testContext(), T0);
    const item = await db().item.findUniqueOrThrow({ where: { id: r.id }, select: { committeeId: true, stationId: true, createdById: true, source: true } });
    expect(item).toEqual({ committeeId: w.committee.id, stationId: s.station.id, createdById: s.manager.id, source: "STATION_VISIT" });
    await expect(getItemForViewer(s.manager, r.id)).resolves.toMatchObject({ id: r.id });
    await expect(getItemForViewer(s.otherManager, r.id)).rejects.toBeInstanceOf(NotFoundError);
    // the committee's staff see it, with the phone masked
    expect(await maskedContact(w.cast.staff, r.id)).toBe("0371-****2100");
  });

  it("refuses a source of another side, another manager's station, sponsors, and a manager with no station — saving nothing", async () => {
    const w = await seedLoopWorld(db());
    const s = await seedStationWorld(db(), w);
    const before = await counts();
    expect(await refusal(submitItem(s.manager, suggestionInput({ source: "DEPUTY_SUGGESTION" }), testContext(), T0))).toMatchObject({ field: "source" });
    expect(await refusal(submitItem(s.otherManager, suggestionInput({ source: "GRID_REPORT", stationId: s.station.id }), testContext(), T0))).toMatchObject({ field: "stationId" });
    expect(await refusal(submitItem(s.otherManager, suggestionInput({ source: "GRID_REPORT" }), testContext(), T0))).toMatchObject({ field: "stationId" });
    expect(await refusal(submitItem(s.manager, suggestionInput({ source: "GRID_REPORT", coSponsorUserIds: [w.cast.deputy.id] }), testContext(), T0))).toMatchObject({ field: "coSponsorUserIds" });
    expect(await counts()).toEqual(before);
  });

  it("createItemInTx with a station manager commits with the caller's record, or not at all", async () => {
    const w = await seedLoopWorld(db());
    const s = await seedStationWorld(db(), w);
    const key = newKey();
    await expect(
      db().$transaction(async (tx) => {
        await createItemInTx(tx, s.manager, suggestionInput({ source: "STATION_VISIT", idempotencyKey: key }), testContext(), T0);
        throw new Error("the station's own record failed");
      }),
    ).rejects.toThrow("the station's own record failed");
    expect(await db().item.count({ where: { idempotencyKey: key } })).toBe(0);
    const made = await db().$transaction((tx) => createItemInTx(tx, s.manager, suggestionInput({ source: "STATION_VISIT", idempotencyKey: key }), testContext(), T0));
    expect(await db().item.findUniqueOrThrow({ where: { id: made.id }, select: { stationId: true } })).toEqual({ stationId: s.station.id });
  });
});

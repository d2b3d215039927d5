import { describe, expect, it } from "vitest";
import { parseTrackingNumber } from "@/domain/tracking-number";
import type { TAction } from "@/domain/workflow/actions";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { newKey, seedLoopWorld, suggestionInput, type TLoopWorld, itemFootprint } from "../../../tests/factories/items";
import { NotFoundError } from "../errors";
import type { TSessionUser } from "../session";
import { submitItem, transitionItem } from "./commands";
import { WorkflowRefusal } from "./errors";
import { getItemForViewer, listItems } from "./queries";

const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z"); // a Monday, 10:00 in Shanghai
const HOUR = 3_600_000;

const counts = (itemId: string) => itemFootprint(db(), itemId);

describe("submitting", () => {
  it("gives a deputy's suggestion a well-formed tracking number, its sponsors, one history row and one audit row", async () => {
    const w = await seedLoopWorld(db());
    const ctx = testContext();
    const r = await submitItem(w.cast.deputy, suggestionInput({ coSponsorUserIds: [w.cast.coDeputy.id] }), ctx, T0);
    expect(r.created).toBe(true);
    expect(r.trackingNumber).toMatch(/^JY-2026-\d{6}-[0-9A-Z]$/);
    expect(parseTrackingNumber(r.trackingNumber)).toMatchObject({ source: "DEPUTY_SUGGESTION", year: 2026 });
    const item = await db().item.findUniqueOrThrow({ where: { id: r.id }, include: { sponsors: true, history: true } });
    expect(item).toMatchObject({ stage: "SUBMITTED", round: 1, version: 1, committeeId: w.committee.id, createdById: w.cast.deputy.id });
    expect(item.sponsors.map((s) => [s.userId, s.isLead]).sort()).toEqual([[w.cast.deputy.id, true], [w.cast.coDeputy.id, false]].sort());
    expect(item.history).toMatchObject([{ action: "submit", fromStage: null, toStage: "SUBMITTED", round: 1, actorId: w.cast.deputy.id }]);
    expect(await db().auditLog.findMany({ where: { requestId: ctx.requestId } })).toMatchObject([{ action: "item.submit", objectId: r.id, actorId: w.cast.deputy.id, result: "SUCCESS" }]);
  });

  it("numbers each source's items one after another, without gaps", async () => {
    const w = await seedLoopWorld(db());
    const before = await db().trackingCounter.findUnique({ where: { source_year: { source: "ON_BEHALF", year: 2026 } } });
    const seqs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await submitItem(w.cast.staff, { ...suggestionInput(), source: "ON_BEHALF", submitterName: "赵群众" }, testContext(), T0);
      seqs.push(parseTrackingNumber(r.trackingNumber)?.sequence ?? 0);
    }
    const first = before?.next ?? 1;
    expect(seqs).toEqual([first, first + 1, first + 2]);
  });

  it("makes one item of a double submit with the same key, sequential or simultaneous", async () => {
    const w = await seedLoopWorld(db());
    const input = suggestionInput();
    const a = await submitItem(w.cast.deputy, input, testContext(), T0);
    const b = await submitItem(w.cast.deputy, input, testContext(), T0);
    expect(b).toEqual({ ...a, created: false });
    const twin = suggestionInput();
    const [c, d] = await Promise.all([submitItem(w.cast.deputy, twin, testContext(), T0), submitItem(w.cast.deputy, twin, testContext(), T0)]);
    expect(c.id).toBe(d.id);
    expect([c.created, d.created].sort()).toEqual([false, true]);
    expect(await db().item.count({ where: { idempotencyKey: { in: [input.idempotencyKey, twin.idempotencyKey] } } })).toBe(2);
    expect(await db().itemHistory.count({ where: { itemId: { in: [a.id, c.id] } } })).toBe(2);
    // someone else's key does not reveal their item
    await expect(submitItem(w.cast.coDeputy, input, testContext(), T0)).rejects.toMatchObject({ messageKey: "workflow.submit.errors.keyInvalid" });
  });

  it("takes a public opinion without an account, visible to the committee's staff only", async () => {
    const w = await seedLoopWorld(db());
    const r = await submitItem(null, { source: "PUBLIC_OPINION", title: "小区门口积水", body: "下雨后积水严重。", committeeId: w.committee.id, submitterName: "钱女士", idempotencyKey: newKey() }, testContext(), T0);
    expect(r.trackingNumber).toMatch(/^MY-2026-/);
    const view = await getItemForViewer(w.cast.staff, r.id, T0);
    expect(view).toMatchObject({ stage: "SUBMITTED", submitterName: "钱女士", sponsors: [] });
    expect(view.availableActions).toEqual(expect.arrayContaining(["accept", "decline", "merge"]));
    await expect(getItemForViewer(w.cast.deputy, r.id, T0)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitItem(null, { ...suggestionInput(), committeeId: w.committee.id }, testContext(), T0)).rejects.toMatchObject({ field: "source" });
  });

  it("refuses invalid input and roles that may not submit, writing nothing", async () => {
    const w = await seedLoopWorld(db());
    const before = await db().item.count();
    await expect(submitItem(w.cast.deputy, suggestionInput({ title: "  " }), testContext(), T0)).rejects.toMatchObject({ messageKey: "workflow.submit.errors.titleRequired", field: "title" });
    await expect(submitItem(w.cast.deputy, suggestionInput({ role: "STAFF" }), testContext(), T0)).rejects.toMatchObject({ messageKey: "actions.unknownField" });
    await expect(submitItem(w.cast.deputy, suggestionInput({ coSponsorUserIds: [w.cast.staff.id] }), testContext(), T0)).rejects.toMatchObject({ field: "coSponsorUserIds" });
    await expect(submitItem(w.cast.leadUnit, suggestionInput(), testContext(), T0)).rejects.toThrow();
    expect(await db().item.count()).toBe(before);
  });
});

type TStep = [keyof TLoopWorld["cast"], TAction, unknown];

describe("the loop, as four users", () => {
  it("runs submit → accept → assign → sign for → B → approve → deliver → 不满意 → round 2 → 满意 → closed with follow-up", async () => {
    const w = await seedLoopWorld(db());
    const { cast } = w;
    let now = T0;
    const { id } = await submitItem(cast.deputy, suggestionInput({ coSponsorUserIds: [cast.coDeputy.id] }), testContext(), now);
    const act = async ([who, action, input]: TStep) => {
      now = new Date(now.getTime() + HOUR);
      return transitionItem(cast[who], id, action, input, testContext(), now);
    };
    const steps: TStep[] = [
      ["staff", "accept", {}],
      ["staff", "assign", { leadUnitId: w.units.lead.id, coUnitIds: [w.units.co.id] }],
      ["leadUnit", "signFor", {}],
      ["coUnit", "coUnitOpinion", { opinion: "同意配合" }],
      ["leadUnit", "draftReply", { resultClass: "B", text: "已列入明年计划。" }],
      ["staff", "approveReply", {}],
      ["staff", "deliverReply", {}],
      ["deputy", "evaluate", { satisfaction: "DISSATISFIED", reason: "进度太慢" }],
    ];
    for (const step of steps) await act(step);
    let item = await db().item.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ stage: "HANDLING", round: 2, satisfaction: "DISSATISFIED", leadUnitId: w.units.lead.id, version: 9 });
    // re-handling gets a new deadline one month on (on the working-day calendar)
    expect(item.deadline?.toISOString()).toBe("2026-04-02T15:59:59.999Z");

    const unitView = await getItemForViewer(cast.leadUnit, id, now);
    expect(unitView.availableActions).toEqual(expect.arrayContaining(["draftReply", "progressNote", "requestExtension"]));
    expect(unitView.availableActions).not.toContain("accept");
    for (const step of [
      ["leadUnit", "draftReply", { resultClass: "B", text: "已完成部分路段改造。" }],
      ["staff", "approveReply", {}],
      ["leadUnit", "deliverReply", {}],
      ["deputy", "evaluate", { satisfaction: "SATISFIED" }],
    ] as TStep[]) await act(step);

    item = await db().item.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ stage: "CLOSED", round: 2, satisfaction: "SATISFIED", followUp: "PENDING", resultClass: "B", deadline: null, replyText: "已完成部分路段改造。" });
    const view = await getItemForViewer(cast.deputy, id, now);
    expect(view.history.map((h) => [h.action, h.toStage, h.round])).toEqual([
      ["submit", "SUBMITTED", 1], ["accept", "ACCEPTED", 1], ["assign", "ASSIGNED", 1], ["signFor", "HANDLING", 1],
      ["coUnitOpinion", "HANDLING", 1], ["draftReply", "REPLY_DRAFTED", 1], ["approveReply", "REPLY_APPROVED", 1],
      ["deliverReply", "REPLIED", 1], ["evaluate", "HANDLING", 1], ["draftReply", "REPLY_DRAFTED", 2],
      ["approveReply", "REPLY_APPROVED", 2], ["deliverReply", "REPLIED", 2], ["evaluate", "CLOSED", 2],
    ]);
    expect(view.availableActions).toEqual([]);
    expect((await getItemForViewer(cast.staff, id, now)).availableActions).toEqual(["followUpNote", "resolveFollowUp"]);
    expect(await db().auditLog.count({ where: { objectId: id, action: "item.transition" } })).toBe(12);
    // the sponsors heard of the delivery, the units of the assignment
    expect(await db().notification.count({ where: { itemId: id, kind: "deliverReply", userId: cast.deputy.id } })).toBe(2);
    expect(await db().notification.count({ where: { itemId: id, kind: "assign", userId: { in: [cast.leadUnit.id, cast.coUnit.id] } } })).toBe(2);
    expect(await db().notification.count({ where: { itemId: id, userId: cast.otherUnit.id } })).toBe(0);
  });
});

describe("scoping and refusals", () => {
  async function assigned(w: TLoopWorld) {
    const { id } = await submitItem(w.cast.deputy, suggestionInput(), testContext(), T0);
    await transitionItem(w.cast.staff, id, "accept", {}, testContext(), T0);
    await transitionItem(w.cast.staff, id, "assign", { leadUnitId: w.units.lead.id }, testContext(), T0);
    return id;
  }

  it("a unit never sees or acts on another unit's item, and nothing is written", async () => {
    const w = await seedLoopWorld(db());
    const id = await assigned(w);
    const before = await counts(id);
    const stranger: TSessionUser = w.cast.otherUnit;
    await expect(getItemForViewer(stranger, id, T0)).rejects.toBeInstanceOf(NotFoundError);
    await expect(transitionItem(stranger, id, "signFor", {}, testContext(), T0)).rejects.toBeInstanceOf(NotFoundError);
    await expect(transitionItem(w.cast.otherDeputy, id, "acknowledge", {}, testContext(), T0)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listItems(stranger)).rows.map((r) => r.id)).not.toContain(id);
    expect((await listItems(w.cast.leadUnit, { stage: "ASSIGNED" })).rows.map((r) => r.id)).toEqual([id]);
    expect(await counts(id)).toEqual(before);
  });

  it("refuses what the table does not allow, and units of another committee, writing nothing", async () => {
    const w = await seedLoopWorld(db());
    const elsewhere = await seedLoopWorld(db());
    const { id } = await submitItem(w.cast.deputy, suggestionInput(), testContext(), T0);
    const before = await counts(id);
    await expect(transitionItem(w.cast.deputy, id, "accept", {}, testContext(), T0)).rejects.toMatchObject({ messageKey: "workflow.errors.forbidden" });
    await expect(transitionItem(w.cast.staff, id, "signFor", {}, testContext(), T0)).rejects.toBeInstanceOf(WorkflowRefusal);
    await expect(transitionItem(w.cast.staff, id, "decline", { reason: " " }, testContext(), T0)).rejects.toMatchObject({ messageKey: "workflow.errors.reasonRequired", fieldErrors: { reason: ["workflow.errors.reasonRequired"] } });
    await transitionItem(w.cast.staff, id, "accept", {}, testContext(), T0);
    const accepted = await counts(id);
    expect(accepted).toMatchObject({ history: before.history + 1, audit: before.audit + 1, version: 2 });
    await expect(transitionItem(w.cast.staff, id, "assign", { leadUnitId: elsewhere.units.lead.id }, testContext(), T0)).rejects.toMatchObject({ messageKey: "workflow.errors.leadUnitRequired" });
    await expect(transitionItem(w.cast.staff, id, "merge", { targetItemId: id }, testContext(), T0)).rejects.toMatchObject({ messageKey: "workflow.errors.mergeIntoSelf" });
    await expect(transitionItem(w.cast.staff, "not-a-uuid", "accept", {}, testContext(), T0)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts(id)).toEqual(accepted);
  });

  it("releases a returned item from its unit, and extends a deadline by the approved days", async () => {
    const w = await seedLoopWorld(db());
    const id = await assigned(w);
    const assignedRow = await db().item.findUniqueOrThrow({ where: { id } });
    // assigned on Monday 2026-03-02: the return window ends at 24:00 of the 7th working day (Wed 03-11)
    expect(assignedRow.returnWindowEndsAt?.toISOString()).toBe("2026-03-11T15:59:59.999Z");
    expect(assignedRow.deadline?.toISOString()).toBe("2026-06-02T15:59:59.999Z");
    const late = new Date("2026-03-12T02:00:00Z");
    await expect(transitionItem(w.cast.leadUnit, id, "requestReturn", { reason: "不属于本单位职责" }, testContext(), late)).rejects.toMatchObject({ messageKey: "workflow.errors.returnWindowClosed" });
    await transitionItem(w.cast.leadUnit, id, "requestReturn", { reason: "不属于本单位职责" }, testContext(), T0);
    await transitionItem(w.cast.staff, id, "approveReturn", {}, testContext(), T0);
    expect(await db().itemUnit.count({ where: { itemId: id } })).toBe(0);
    await expect(getItemForViewer(w.cast.leadUnit, id, T0)).rejects.toBeInstanceOf(NotFoundError);

    await transitionItem(w.cast.staff, id, "assign", { leadUnitId: w.units.other.id }, testContext(), T0);
    await transitionItem(w.cast.otherUnit, id, "signFor", {}, testContext(), T0);
    await transitionItem(w.cast.otherUnit, id, "requestExtension", { reason: "需跨年度资金安排", days: 30 }, testContext(), T0);
    expect(await db().item.findUniqueOrThrow({ where: { id }, select: { extensionDays: true } })).toEqual({ extensionDays: 30 });
    await transitionItem(w.cast.staff, id, "approveExtension", { days: 20 }, testContext(), T0);
    const extended = await db().item.findUniqueOrThrow({ where: { id } });
    expect(extended.extensionDays).toBeNull();
    expect(extended.deadline?.toISOString()).toBe("2026-06-22T15:59:59.999Z");
  });

  it("lists each role's own scope, by stage and page", async () => {
    const w = await seedLoopWorld(db());
    for (let i = 0; i < 3; i++) await submitItem(w.cast.deputy, suggestionInput(), testContext(), T0);
    await submitItem(w.cast.coDeputy, suggestionInput(), testContext(), T0);
    expect((await listItems(w.cast.deputy, { pageSize: 2 })).total).toBe(3);
    expect((await listItems(w.cast.deputy, { pageSize: 2, page: 2 })).rows).toHaveLength(1);
    expect((await listItems(w.cast.staff, { stage: "SUBMITTED" })).total).toBe(4);
    expect((await listItems(w.cast.staff, { stage: "CLOSED" })).total).toBe(0);
    expect((await listItems(w.cast.leadUnit)).total).toBe(0);
  });
});

import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/messages";
import { buildItemsWorkbook, fromSheetDate, type TTranslate } from "@/features/items/export-workbook";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { asActor, seedUser, testContext } from "../../../tests/factories/users";
import { newKey, seedLoopWorld, suggestionInput, type TLoopWorld } from "../../../tests/factories/items";
import { ForbiddenError, NotFoundError } from "../errors";
import type { TSessionUser } from "../session";
import { submitItem, transitionItem } from "./commands";
import { EXPORT_MAX_ROWS, exportItems } from "./export";
import { listFilterUnits, listItems, overdueSummary, type TListItemsFilter } from "./list";
import { getPrintableItem } from "./print";

const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z"); // a Monday
const NOW = new Date("2026-07-01T02:00:00Z"); // after every reply deadline set at T0 (2026-06-02)
const MIN = 60_000;

/** A plain translator over the zh-CN catalog (the route uses next-intl's, with the same keys). */
const zh = messagesFor("zh-CN") as unknown as Record<string, unknown>;
const t: TTranslate = (key, values) => {
  let v: unknown = zh;
  for (const k of key.split(".")) v = (v as Record<string, unknown>)[k];
  let s = String(v);
  for (const [k, x] of Object.entries(values ?? {})) s = s.replaceAll(`{${k}}`, String(x));
  return s;
};

type TWorld = { w: TLoopWorld; other: TLoopWorld; ids: Record<"closed" | "overdue" | "submitted" | "axb" | "replied" | "formula" | "elsewhere", string>; tracking: Record<string, string> };
let world: TWorld;

async function run(w: TLoopWorld, id: string, steps: [TSessionUser, string, unknown][], start: Date): Promise<void> {
  let at = start.getTime();
  for (const [who, action, input] of steps) {
    at += MIN;
    await transitionItem(who, id, action as Parameters<typeof transitionItem>[2], input, testContext(), new Date(at));
  }
  void w;
}

beforeAll(async () => {
  const w = await seedLoopWorld(db());
  const other = await seedLoopWorld(db());
  const c = w.cast;
  const sub = async (who: TSessionUser | null, input: Record<string, unknown>, at: Date) => submitItem(who, input, testContext(), at);
  const closed = await sub(c.deputy, suggestionInput({ title: "关于红薯产业发展的建议", body: "建议在乡镇建设红薯收购点。", coSponsorUserIds: [c.coDeputy.id] }), T0);
  const overdue = await sub(null, { source: "PUBLIC_OPINION", title: "小区门口积水 100% 无人管", body: "下雨后积水严重。", committeeId: w.committee.id, submitterName: "钱女士", idempotencyKey: newKey() }, new Date(T0.getTime() + MIN));
  const submitted = await sub(c.staff, { source: "ON_BEHALF", title: "路灯a_b维修", body: "村道路灯损坏。", submitterName: "赵群众", idempotencyKey: newKey() }, new Date(T0.getTime() + 2 * MIN));
  const axb = await sub(c.staff, { source: "ON_BEHALF", title: "路灯axb维修", body: "另一处路灯。", submitterName: "孙群众", idempotencyKey: newKey() }, new Date(T0.getTime() + 3 * MIN));
  const replied = await sub(c.deputy, suggestionInput({ title: "关于校车安全的建议", body: "建议加强校车管理。" }), new Date(T0.getTime() + 4 * MIN));
  const formula = await sub(c.staff, { source: "ON_BEHALF", title: "=HYPERLINK(\"http://evil.example\",\"点我\")", body: "@SUM(1+1)", submitterName: "-测试", idempotencyKey: newKey() }, new Date(T0.getTime() + 5 * MIN));
  const elsewhere = await sub(other.cast.deputy, suggestionInput({ title: "外县的红薯建议", body: "红薯收购点。" }), T0);

  await run(w, closed.id, [
    [c.staff, "accept", {}],
    [c.staff, "assign", { leadUnitId: w.units.lead.id, coUnitIds: [w.units.co.id] }],
    [c.leadUnit, "signFor", {}],
    [c.leadUnit, "draftReply", { resultClass: "B", text: "已列入明年计划。" }],
    [c.staff, "approveReply", {}],
    [c.staff, "deliverReply", {}],
    [c.deputy, "evaluate", { satisfaction: "SATISFIED" }],
  ], T0);
  await run(w, overdue.id, [
    [c.staff, "accept", {}],
    [c.staff, "assign", { leadUnitId: w.units.co.id }],
    [c.coUnit, "signFor", {}],
  ], T0);
  await run(w, replied.id, [
    [c.staff, "accept", {}],
    [c.staff, "assign", { leadUnitId: w.units.lead.id }],
    [c.leadUnit, "signFor", {}],
    [c.leadUnit, "draftReply", { resultClass: "A", text: "已配备随车照管员。" }],
    [c.staff, "approveReply", {}],
    [c.leadUnit, "deliverReply", {}],
  ], T0);
  const ids = { closed: closed.id, overdue: overdue.id, submitted: submitted.id, axb: axb.id, replied: replied.id, formula: formula.id, elsewhere: elsewhere.id };
  const tracking = Object.fromEntries([closed, overdue, submitted, axb, replied, formula, elsewhere].map((r) => [r.id, r.trackingNumber]));
  world = { w, other, ids, tracking };
}, 120_000);

const idsOf = async (actor: TSessionUser, f: TListItemsFilter = {}) => (await listItems(actor, { pageSize: 100, ...f }, NOW)).rows.map((r) => r.id).sort();
const sorted = (...ids: string[]) => [...ids].sort();

describe("the staff register's filters", () => {
  it("narrows by stage, source, lead unit, result class, satisfaction and overdue, each exactly", async () => {
    const { w, ids } = world;
    const staff = w.cast.staff;
    expect(await idsOf(staff)).toEqual(sorted(ids.closed, ids.overdue, ids.submitted, ids.axb, ids.replied, ids.formula));
    expect(await idsOf(staff, { stage: "HANDLING" })).toEqual([ids.overdue]);
    expect(await idsOf(staff, { stage: "SUBMITTED" })).toEqual(sorted(ids.submitted, ids.axb, ids.formula));
    expect(await idsOf(staff, { source: "PUBLIC_OPINION" })).toEqual([ids.overdue]);
    expect(await idsOf(staff, { source: "DEPUTY_SUGGESTION" })).toEqual(sorted(ids.closed, ids.replied));
    expect(await idsOf(staff, { leadUnitId: w.units.co.id })).toEqual([ids.overdue]);
    expect(await idsOf(staff, { leadUnitId: w.units.lead.id })).toEqual(sorted(ids.closed, ids.replied));
    expect(await idsOf(staff, { leadUnitId: w.units.other.id })).toEqual([]);
    expect(await idsOf(staff, { resultClass: "B" })).toEqual([ids.closed]);
    expect(await idsOf(staff, { resultClass: "A" })).toEqual([ids.replied]);
    expect(await idsOf(staff, { satisfaction: "SATISFIED" })).toEqual([ids.closed]);
    expect(await idsOf(staff, { satisfaction: "DISSATISFIED" })).toEqual([]);
    expect(await idsOf(staff, { overdue: "REPLY" })).toEqual([ids.overdue]);
    expect(await idsOf(staff, { overdue: "EVALUATION" })).toEqual([ids.replied]);
    expect(await idsOf(staff, { overdue: "ANY" })).toEqual(sorted(ids.overdue, ids.replied));
    expect(await idsOf(staff, { stage: "CLOSED", resultClass: "B", leadUnitId: w.units.lead.id })).toEqual([ids.closed]);
    expect(await idsOf(staff, { stage: "CLOSED", source: "PUBLIC_OPINION" })).toEqual([]);
  });

  it("counts nothing overdue before the deadline, and flags the overdue rows", async () => {
    const { w, ids } = world;
    const early = new Date("2026-03-03T02:00:00Z");
    expect((await listItems(w.cast.staff, { overdue: "ANY" }, early)).total).toBe(0);
    const rows = (await listItems(w.cast.staff, { pageSize: 100 }, NOW)).rows;
    expect(rows.find((r) => r.id === ids.overdue)?.overdue).toEqual(["REPLY"]);
    expect(rows.find((r) => r.id === ids.replied)?.overdue).toEqual(["EVALUATION"]);
    expect(rows.find((r) => r.id === ids.closed)).toMatchObject({ overdue: [], resultClass: "B", satisfaction: "SATISFIED", leadUnit: { id: w.units.lead.id } });
  });

  it("searches Chinese keywords in the title, the body and the tracking number, with LIKE's wildcards taken literally", async () => {
    const { w, ids, tracking } = world;
    const staff = w.cast.staff;
    expect(await idsOf(staff, { q: "红薯" })).toEqual([ids.closed]);
    expect(await idsOf(staff, { q: "收购点" })).toEqual([ids.closed]);
    expect(await idsOf(staff, { q: "红薯 收购点" })).toEqual([ids.closed]);
    expect(await idsOf(staff, { q: "红薯 积水" })).toEqual([]);
    expect(await idsOf(staff, { q: "积水" })).toEqual([ids.overdue]);
    const no = tracking[ids.overdue] ?? "";
    expect(await idsOf(staff, { q: no })).toEqual([ids.overdue]);
    expect(await idsOf(staff, { q: no.toLowerCase().replaceAll("-", " ") })).toEqual([ids.overdue]);
    expect(await idsOf(staff, { q: no.slice(0, 7).toLowerCase() })).toContain(ids.overdue);
    expect(await idsOf(staff, { q: "100%" })).toEqual([ids.overdue]);
    expect(await idsOf(staff, { q: "%" })).toEqual([ids.overdue]);
    expect(await idsOf(staff, { q: "a_b" })).toEqual([ids.submitted]);
    expect(await idsOf(staff, { q: "_" })).toEqual([ids.submitted]);
    expect(await idsOf(staff, { q: "\\" })).toEqual([]);
    expect(await idsOf(staff, { q: "ＡＸＢ" })).toEqual([ids.axb]);
    expect(await idsOf(staff, { q: "红薯", stage: "SUBMITTED" })).toEqual([]);
  });

  it("pages through the filtered list without gaps or repeats", async () => {
    const staff = world.w.cast.staff;
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listItems(staff, { page, pageSize: 2 }, NOW)));
    expect(pages.map((p) => p.rows.length)).toEqual([2, 2, 2, 0]);
    expect(pages.every((p) => p.total === 6)).toBe(true);
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.id))).size).toBe(6);
    await expect(listItems(staff, { pageSize: 1_000 })).rejects.toThrow();
    await expect(listItems(staff, { stage: "NOPE" } as unknown as TListItemsFilter)).rejects.toThrow();
    await expect(listItems(staff, { committeeId: world.other.committee.id } as unknown as TListItemsFilter)).rejects.toThrow();
  });
});

describe("scoping of every role's list", () => {
  it("a unit sees only the items it handles, whatever the filters ask for", async () => {
    const { w, other, ids } = world;
    expect(await idsOf(w.cast.coUnit)).toEqual(sorted(ids.closed, ids.overdue));
    expect(await idsOf(w.cast.leadUnit)).toEqual(sorted(ids.closed, ids.replied));
    expect(await idsOf(w.cast.otherUnit)).toEqual([]);
    expect(await idsOf(w.cast.otherUnit, { leadUnitId: w.units.lead.id })).toEqual([]);
    expect(await idsOf(w.cast.otherUnit, { q: "红薯" })).toEqual([]);
    expect(await idsOf(w.cast.otherUnit, { overdue: "ANY" })).toEqual([]);
    expect(await idsOf(other.cast.leadUnit, { q: "红薯" })).toEqual([]);
    expect(await idsOf(w.cast.leadUnit, { overdue: "EVALUATION" })).toEqual([ids.replied]);
    expect(await idsOf(w.cast.coUnit, { overdue: "EVALUATION" })).toEqual([]);
    expect(await listFilterUnits(w.cast.otherUnit)).toEqual([]);
    expect((await listFilterUnits(w.cast.coUnit)).map((u) => u.id).sort()).toEqual(sorted(w.units.co.id, w.units.lead.id));
  });

  it("a deputy sees the items they sponsor, staff and leaders their committee's, nobody another committee's", async () => {
    const { w, other, ids } = world;
    expect(await idsOf(w.cast.deputy)).toEqual(sorted(ids.closed, ids.replied));
    expect(await idsOf(w.cast.coDeputy)).toEqual([ids.closed]);
    expect(await idsOf(w.cast.otherDeputy)).toEqual([]);
    expect(await idsOf(w.cast.leader, { q: "红薯" })).toEqual([ids.closed]);
    expect(await idsOf(other.cast.staff, { q: "红薯" })).toEqual([ids.elsewhere]);
    expect(await idsOf(other.cast.staff, { leadUnitId: w.units.lead.id })).toEqual([]);
    const units = (await listFilterUnits(w.cast.staff)).map((u) => u.id).sort();
    expect(units).toEqual(sorted(w.units.co.id, w.units.lead.id));
    expect(await listFilterUnits(w.cast.leader)).toEqual(await listFilterUnits(w.cast.staff)); // names too, in order
    const othersUnits = (await listFilterUnits(other.cast.staff)).map((u) => u.id);
    expect(othersUnits).not.toContain(w.units.lead.id);
    expect(othersUnits).not.toContain(w.units.co.id);
    for (const role of ["ADMIN", "AUDITOR"] as const) {
      const nobody = asActor(await seedUser(db(), { role }));
      await expect(listItems(nobody)).rejects.toBeInstanceOf(ForbiddenError);
    }
    // a station manager lists only the items they recorded themselves: none here
    expect((await listItems(asActor(await seedUser(db(), { role: "STATION_MANAGER" })))).total).toBe(0);
  });

  it("ranks the committee's overdue items by lead unit, for staff and leaders only", async () => {
    const { w, other } = world;
    const summary = await overdueSummary(w.cast.staff, NOW);
    expect(summary).toEqual({ reply: 1, evaluation: 1, byUnit: [{ unitId: w.units.co.id, name: w.units.co.name, count: 1 }] });
    expect(await overdueSummary(w.cast.leader, NOW)).toEqual(summary);
    // without the ranking (the register's default view): the same totals, no units
    expect(await overdueSummary(w.cast.staff, NOW, { ranking: false })).toEqual({ reply: 1, evaluation: 1, byUnit: [] });
    expect(await overdueSummary(other.cast.staff, NOW)).toEqual({ reply: 0, evaluation: 0, byUnit: [] });
    await expect(overdueSummary(w.cast.leadUnit, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(overdueSummary(w.cast.deputy, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the .xlsx export", () => {
  async function parse(buffer: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    return wb;
  }

  it("holds exactly the filtered list, in its order, and writes one audit row", async () => {
    const { w } = world;
    const staff = w.cast.staff;
    const ctx = testContext();
    const filter = { source: "ON_BEHALF" as const };
    const data = await exportItems(staff, filter, ctx, NOW);
    const list = await listItems(staff, { ...filter, pageSize: 100 }, NOW);
    expect(data.rows.map((r) => r.id)).toEqual(list.rows.map((r) => r.id));
    expect(data).toMatchObject({ total: list.total, truncated: false });

    const wb = await parse(await buildItemsWorkbook(data, t, EXPORT_MAX_ROWS));
    const sheet = wb.getWorksheet(t("itemLists.export.sheet"));
    expect(sheet).toBeDefined();
    const rows = (sheet?.getSheetValues() ?? []).slice(2) as unknown[][];
    expect(rows).toHaveLength(list.total);
    // columns: 1 tracking, 2 title, 3 body, 4 source, 5 stage, ... 11 deadline, 13 round, 14 createdAt
    const plain = (v: unknown) => String(v).replace(/^'/, "");
    expect(rows.map((r) => plain(r[1]))).toEqual(list.rows.map((r) => r.trackingNumber));
    expect(rows.map((r) => plain(r[2]))).toEqual(list.rows.map((r) => r.title));
    expect(rows.map((r) => r[5])).toEqual(list.rows.map((r) => t(`workflow.stage.${r.stage}`)));
    expect(rows.map((r) => r[4])).toEqual(list.rows.map(() => t("workflow.source.ON_BEHALF")));
    expect(rows.map((r) => fromSheetDate(r[14] as Date).getTime())).toEqual(list.rows.map((r) => r.createdAt.getTime()));
    const header = sheet?.getRow(1).values as unknown[];
    expect(header.slice(1, 3)).toEqual([t("itemLists.export.columns.trackingNumber"), t("itemLists.export.columns.title")]);

    const audit = await db().auditLog.findMany({ where: { requestId: ctx.requestId } });
    expect(audit).toMatchObject([{ action: "item.export", actorId: staff.id, result: "SUCCESS", objectType: "Item" }]);
    expect(audit[0]?.detail).toMatchObject({ rows: list.total, total: list.total, truncated: false });
  });

  it("reads the list in batches without gaps, and cuts it at the cap, saying so", async () => {
    const staff = world.w.cast.staff;
    const list = await listItems(staff, { pageSize: 100 }, NOW);
    const batched = await exportItems(staff, {}, testContext(), NOW, { batch: 2 });
    expect(batched.rows.map((r) => r.id)).toEqual(list.rows.map((r) => r.id));
    const cut = await exportItems(staff, {}, testContext(), NOW, { max: 4, batch: 3 });
    expect(cut).toMatchObject({ total: 6, truncated: true });
    expect(cut.rows.map((r) => r.id)).toEqual(list.rows.slice(0, 4).map((r) => r.id));
    const wb = await parse(await buildItemsWorkbook(cut, t, 4));
    const meta = wb.getWorksheet(t("itemLists.export.metaSheet"));
    expect(meta?.getRow(5).getCell(1).value).toBe(t("itemLists.export.truncated", { total: 6, max: 4 }));
  });

  it("neutralises text a spreadsheet would take for a formula", async () => {
    const { w, ids } = world;
    const data = await exportItems(w.cast.staff, { q: "HYPERLINK" }, testContext(), NOW);
    expect(data.rows.map((r) => r.id)).toEqual([ids.formula]);
    const wb = await parse(await buildItemsWorkbook(data, t, EXPORT_MAX_ROWS));
    const row = wb.getWorksheet(t("itemLists.export.sheet"))?.getRow(2);
    expect(row?.getCell(2).value).toBe("'=HYPERLINK(\"http://evil.example\",\"点我\")");
    expect(row?.getCell(3).value).toBe("'@SUM(1+1)");
    expect(row?.getCell(2).type).toBe(ExcelJS.ValueType.String);
    for (let c = 1; c <= 14; c++) expect(row?.getCell(c).formula, `column ${c}`).toBeUndefined();
  });

  it("keeps a unit's export to its own items, and refuses roles without the permission (audited as DENIED)", async () => {
    const { w, ids } = world;
    expect((await exportItems(w.cast.coUnit, {}, testContext(), NOW)).rows.map((r) => r.id).sort()).toEqual(sorted(ids.closed, ids.overdue));
    expect((await exportItems(w.cast.otherUnit, { q: "红薯" }, testContext(), NOW)).rows).toEqual([]);
    const ctx = testContext();
    await expect(exportItems(w.cast.deputy, {}, ctx, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().auditLog.findMany({ where: { requestId: ctx.requestId }, select: { action: true, result: true } })).toEqual([{ action: "item.export", result: "DENIED" }]);
    const admin = asActor(await seedUser(db(), { role: "ADMIN" }));
    await expect(exportItems(admin, {}, testContext(), NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportItems(w.cast.staff, { page: 2 }, testContext(), NOW)).rejects.toThrow();
  });
});

describe("the printable forms' data", () => {
  it("is given to those who may see the item, with each history row's details, and to no one else", async () => {
    const { w, other, ids } = world;
    const p = await getPrintableItem(w.cast.deputy, ids.closed, NOW);
    expect(p.history.map((h) => h.action)).toEqual(["submit", "accept", "assign", "signFor", "draftReply", "approveReply", "deliverReply", "evaluate"]);
    expect(p.history.find((h) => h.action === "draftReply")?.detail).toMatchObject({ resultClass: "B", text: "已列入明年计划。" });
    await expect(getPrintableItem(w.cast.otherUnit, ids.closed, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPrintableItem(w.cast.otherDeputy, ids.closed, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPrintableItem(other.cast.staff, ids.closed, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPrintableItem(w.cast.staff, "not-a-uuid", NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});

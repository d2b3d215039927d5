import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { ActionRefusal } from "../actions";
import { reportGridFinding } from "../grid/findings";
import { getGridCell, listGridCells } from "../grid/cells";
import { getItemForViewer, listItems } from "../items/queries";
import { NotFoundError } from "../errors";
import { createStationEvent, raiseEventIssue, stationEvents } from "./events";
import { FUTURE_DAY, seedStationsWorld, T0, type TStationsWorld } from "./matrix-fixtures";
import { stationNetworks } from "./overview";
import { getPublicStation, publicReceptionDays, qrSvg, stationFormUrl } from "./public";
import { publishReceptionDay, receptionDaysBetween } from "./reception";
import { recentVisits, recordVisit } from "./visits";

/** Records made at stations and grid cells enter the six-stage loop in one step, with their own row. */
const db = useTestDatabase();
let w: TStationsWorld;
let dayId: string;

beforeAll(async () => {
  w = await seedStationsWorld(db());
  dayId = (await publishReceptionDay(w.cast.manager, { stationId: w.stations.own, date: FUTURE_DAY, startTime: "09:00", endTime: "11:30", note: "城关镇代表接待日", deputyIds: [w.cast.xcDeputy.deputyId!] }, testContext(), T0)).id;
}, 120_000);

const auditActions = async (objectIds: string[]) => (await db().auditLog.findMany({ where: { objectId: { in: objectIds } }, select: { action: true, actorRole: true } })).map((a) => `${a.action}:${a.actorRole}`).sort();

describe("a visitor record at a reception day", () => {
  it("becomes a STATION_VISIT item of 襄城县's committee that its staff see in their register", async () => {
    const visit = await recordVisit(w.cast.manager, { receptionDayId: dayId, visitorName: "张大爷", subject: "东街小区路灯不亮", content: "东街小区路灯坏了两个月，晚上出行不便。" }, testContext(), T0);
    const item = await db().item.findUniqueOrThrow({ where: { id: visit.itemId }, select: { source: true, stage: true, committeeId: true, createdById: true, submitterName: true, title: true } });
    expect(item).toEqual({ source: "STATION_VISIT", stage: "SUBMITTED", committeeId: w.xcCommitteeId, createdById: w.cast.manager.id, submitterName: "张大爷", title: "东街小区路灯不亮" });
    expect(visit.trackingNumber).toMatch(/^[A-Z]{2}-2026-\d{6}-[0-9A-Z]$/);
    const seen = await getItemForViewer(w.cast.xcStaff, visit.itemId);
    expect(seen.availableActions).toContain("accept");
    expect((await listItems(w.cast.xcStaff)).rows.map((r) => r.id)).toContain(visit.itemId);
    await expect(getItemForViewer(w.cast.nyStaff, visit.itemId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditActions([visit.id, visit.itemId])).toEqual(["item.submit:STAFF", "station.visit.record:STATION_MANAGER"]);
    expect((await recentVisits(w.stations.own)).map((v) => v.trackingNumber)).toContain(visit.trackingNumber);
    expect((await receptionDaysBetween(w.stations.own, "2026-12-01", "2026-12-31")).find((d) => d.id === dayId)?.visitCount).toBe(1);
  });

  it("saves neither the visit nor an item when the item is refused part-way (no visitor name)", async () => {
    const before = { visits: await db().stationVisit.count(), items: await db().item.count(), audit: await db().auditLog.count() };
    await expect(recordVisit(w.cast.manager, { receptionDayId: dayId, visitorName: "", subject: "标题", content: "内容" }, testContext(), T0)).rejects.toBeInstanceOf(ActionRefusal);
    await expect(recordVisit(w.cast.manager, { receptionDayId: dayId, visitorName: "甲", subject: "长".repeat(121), content: "内容" }, testContext(), T0)).rejects.toBeInstanceOf(ActionRefusal);
    expect({ visits: await db().stationVisit.count(), items: await db().item.count(), audit: await db().auditLog.count() }).toEqual(before);
  });
});

describe("station events", () => {
  it("record 代表·局长面对面 with its deputies and units, and an issue raised there becomes a FACE_TO_FACE item", async () => {
    const unit = await db().handlingUnit.findFirstOrThrow({ where: { committeeId: w.xcCommitteeId }, select: { id: true, name: true } });
    const event = await createStationEvent(
      w.cast.manager,
      { stationId: w.stations.own, kind: "FACE_TO_FACE", title: "代表·局长面对面：教育专场", heldOn: "2026-11-28", place: "城关镇联络站", deputyIds: [w.cast.xcDeputy.deputyId!], unitIds: [unit.id] },
      testContext(),
      T0,
    );
    expect(await db().stationEventParticipant.findMany({ where: { eventId: event.id }, select: { deputyId: true } })).toEqual([{ deputyId: w.cast.xcDeputy.deputyId }]);
    const issue = await raiseEventIssue(w.cast.manager, { eventId: event.id, raisedBy: "李女士", title: "学校门口交通拥堵", body: "上下学时段拥堵。" }, testContext(), T0);
    expect(await db().item.findUniqueOrThrow({ where: { id: issue.itemId }, select: { source: true, committeeId: true } })).toEqual({ source: "FACE_TO_FACE", committeeId: w.xcCommitteeId });
    const [row] = (await stationEvents(w.stations.own)).filter((e) => e.id === event.id);
    expect(row).toMatchObject({ kind: "FACE_TO_FACE", units: [unit], issues: [{ itemId: issue.itemId, trackingNumber: issue.trackingNumber }] });
  });
});

describe("grid findings", () => {
  it("a deputy's finding in their own cell is their own GRID_REPORT item; the manager of the township reports there too", async () => {
    const mine = await reportGridFinding(w.cast.xcDeputy, { cellId: w.cells.own, title: "排水沟堵塞", body: "雨后积水严重。" }, testContext(), T0);
    const item = await db().item.findUniqueOrThrow({ where: { id: mine.itemId }, select: { source: true, committeeId: true, sponsors: { select: { userId: true, isLead: true } } } });
    expect(item).toEqual({ source: "GRID_REPORT", committeeId: w.xcCommitteeId, sponsors: [{ userId: w.cast.xcDeputy.id, isLead: true }] });
    expect((await getItemForViewer(w.cast.xcDeputy, mine.itemId)).source).toBe("GRID_REPORT");
    const managers = await reportGridFinding(w.cast.manager, { cellId: w.cells.own, title: "垃圾清运不及时", body: "东街垃圾堆放。", residentName: "王先生" }, testContext(), T0);
    expect((await getItemForViewer(w.cast.xcStaff, managers.itemId)).submitterName).toBe("王先生");
    const cell = await getGridCell(w.cast.xcDeputy, w.cells.own);
    expect(cell.findings.map((f) => f.trackingNumber).sort()).toEqual([mine.trackingNumber, managers.trackingNumber].sort());
  });

  it("shows a deputy only their own cells, a manager the cells of their township, staff their committee's", async () => {
    expect((await listGridCells(w.cast.xcDeputy)).map((c) => c.id)).toEqual([w.cells.own]);
    expect((await listGridCells(w.cast.manager)).map((c) => c.id)).toEqual([w.cells.own]);
    expect((await listGridCells(w.cast.xcStaff)).map((c) => c.id).sort()).toEqual([w.cells.own, w.cells.other].sort());
    expect(await listGridCells(w.cast.nyStaff)).toEqual([]);
    await expect(getGridCell(w.cast.xcDeputy, w.cells.other)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the 16+1+N overview and the public station page", () => {
  it("reads 襄城县 as 16+1+5 for its staff", async () => {
    const [xc] = await stationNetworks(w.cast.xcStaff);
    expect(xc).toMatchObject({ regionName: "襄城县" });
    expect(xc!.network.formula).toBe("16+1+5");
    expect(xc!.network.contactPoints.map((s) => s.name)).toEqual(["县市民之家代表联络点"]);
  });

  it("shows an active station, its deputies and its published reception days without an account; nothing for an unknown id", async () => {
    const page = await getPublicStation(w.stations.own);
    expect(page.name).toBe("城关镇人大代表联络站");
    expect(page.regionPath).toEqual(["河南省", "许昌市", "襄城县", "城关镇"]);
    const days = await publicReceptionDays(w.stations.own, "2026-12-01", "2026-12-31");
    expect(days.find((d) => d.id === dayId)).toMatchObject({ date: FUTURE_DAY, startTime: "09:00", deputies: [{ name: "网格代表甲" }] });
    expect(days[0]).not.toHaveProperty("visitCount");
    await expect(getPublicStation("00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await db().liaisonStation.update({ where: { id: w.stations.other }, data: { active: false } });
    await expect(getPublicStation(w.stations.other)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("draws a QR code (SVG) of the station's absolute /s/<id> address", async () => {
    const url = stationFormUrl(w.stations.own, "http://127.0.0.1:3000");
    expect(url).toBe(`http://127.0.0.1:3000/s/${w.stations.own}`);
    const svg = await qrSvg(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("<path");
    expect(svg).not.toContain("<script");
  });
});

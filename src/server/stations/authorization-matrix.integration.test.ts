import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { ActionRefusal } from "../actions";
import { ForbiddenError, NotFoundError } from "../errors";
import { reportGridFinding } from "../grid/findings";
import type { TSessionUser } from "../session";
import { createStationEvent, raiseEventIssue } from "./events";
import { updateOwnStation, updateStation } from "./manage";
import { FUTURE_DAY, seedStationsWorld, T0, type TStationsWorld } from "./matrix-fixtures";
import { publishReceptionDay } from "./reception";
import { recordVisit } from "./visits";

/**
 * issue 4 item 8 (stations part): every station command × every role, on the manager's own
 * station and grid cell. A station manager runs only their own station; staff anything in their
 * committee's region; a deputy reports only in their own grid cell; everyone else is refused.
 */
const db = useTestDatabase();
let w: TStationsWorld;
let dayId: string;
let eventId: string;
let slot = 0;

type TOutcome = "ok" | "notFound" | "forbidden" | `refused:${string}`;
async function outcome(run: () => Promise<unknown>): Promise<TOutcome> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof NotFoundError) return "notFound";
    if (error instanceof ForbiddenError) return "forbidden";
    if (error instanceof ActionRefusal) return `refused:${error.messageKey}`;
    throw error;
  }
}

const nextSlot = () => {
  slot++;
  return { startTime: `${String(6 + Math.floor(slot / 6)).padStart(2, "0")}:${String((slot % 6) * 10).padStart(2, "0")}`, endTime: "23:00" };
};

async function stationFields(stationId: string) {
  const s = await db().liaisonStation.findUniqueOrThrow({ where: { id: stationId }, select: { name: true, kind: true, regionId: true, theme: true, address: true, managerId: true, active: true, deputies: { select: { deputyId: true } } } });
  return { name: s.name, kind: s.kind, regionId: s.regionId, theme: s.theme ?? undefined, address: s.address ?? undefined, managerId: s.managerId ?? undefined, active: s.active, deputyIds: s.deputies.map((d) => d.deputyId) };
}

const OPERATIONS = {
  publishReception: (a: TSessionUser) =>
    publishReceptionDay(a, { stationId: w.stations.own, date: FUTURE_DAY, ...nextSlot(), deputyIds: [w.cast.xcDeputy.deputyId!] }, testContext(), T0),
  recordVisit: (a: TSessionUser) => recordVisit(a, { receptionDayId: dayId, visitorName: "群众甲", subject: "小区路灯不亮", content: "东街小区路灯坏了两个月。" }, testContext(), T0),
  createEvent: (a: TSessionUser) =>
    createStationEvent(a, { stationId: w.stations.own, kind: "LECTURE", title: "小讲堂：规划解读", heldOn: "2026-11-20", deputyIds: [w.cast.xcDeputy.deputyId!], unitIds: [] }, testContext(), T0),
  raiseIssue: (a: TSessionUser) => raiseEventIssue(a, { eventId, raisedBy: "群众乙", title: "老年助餐点太少", body: "希望增设助餐点。" }, testContext(), T0),
  editOwnStation: async (a: TSessionUser) => updateOwnStation(a, w.stations.own, { address: "城关镇党群服务中心二楼", deputyIds: (await stationFields(w.stations.own)).deputyIds }, testContext(), T0),
  staffEditStation: async (a: TSessionUser) => updateStation(a, w.stations.own, await stationFields(w.stations.own), testContext(), T0),
  reportFinding: (a: TSessionUser) => reportGridFinding(a, { cellId: w.cells.own, title: "排水沟堵塞", body: "雨后积水严重。" }, testContext(), T0),
} as const;
type TOp = keyof typeof OPERATIONS;

const ALL_FORBIDDEN: Record<TOp, TOutcome> = { publishReception: "forbidden", recordVisit: "forbidden", createEvent: "forbidden", raiseIssue: "forbidden", editOwnStation: "forbidden", staffEditStation: "forbidden", reportFinding: "forbidden" };
const EXPECTED: Record<keyof TStationsWorld["cast"], Record<TOp, TOutcome>> = {
  manager: { publishReception: "ok", recordVisit: "ok", createEvent: "ok", raiseIssue: "ok", editOwnStation: "ok", staffEditStation: "forbidden", reportFinding: "ok" },
  otherManager: { publishReception: "notFound", recordVisit: "notFound", createEvent: "notFound", raiseIssue: "notFound", editOwnStation: "notFound", staffEditStation: "forbidden", reportFinding: "notFound" },
  xcStaff: { publishReception: "ok", recordVisit: "ok", createEvent: "ok", raiseIssue: "ok", editOwnStation: "forbidden", staffEditStation: "ok", reportFinding: "ok" },
  nyStaff: { publishReception: "notFound", recordVisit: "notFound", createEvent: "notFound", raiseIssue: "notFound", editOwnStation: "forbidden", staffEditStation: "notFound", reportFinding: "notFound" },
  xcDeputy: { ...ALL_FORBIDDEN, reportFinding: "ok" },
  xcOtherDeputy: { ...ALL_FORBIDDEN, reportFinding: "notFound" },
  nyDeputy: { ...ALL_FORBIDDEN, reportFinding: "notFound" },
  leader: ALL_FORBIDDEN,
  unit: ALL_FORBIDDEN,
  admin: ALL_FORBIDDEN,
  auditor: ALL_FORBIDDEN,
};

beforeAll(async () => {
  w = await seedStationsWorld(db());
  dayId = (await OPERATIONS.publishReception(w.cast.xcStaff)).id;
  eventId = (await OPERATIONS.createEvent(w.cast.xcStaff)).id;
}, 120_000);

describe("stations authorization matrix", () => {
  for (const [name, row] of Object.entries(EXPECTED) as [keyof TStationsWorld["cast"], Record<TOp, TOutcome>][]) {
    it(`${name}: ${Object.entries(row).map(([op, o]) => `${op}=${o}`).join(", ")}`, async () => {
      const actual: Record<string, TOutcome> = {};
      for (const op of Object.keys(OPERATIONS) as TOp[]) actual[op] = await outcome(() => OPERATIONS[op](w.cast[name]));
      expect(actual).toEqual(row);
    });
  }

  it("writes nothing for a refused call: no visit, item, finding or audit row", async () => {
    const count = async () => ({
      visits: await db().stationVisit.count(),
      items: await db().item.count(),
      findings: await db().gridFinding.count(),
      days: await db().receptionDay.count(),
      events: await db().stationEvent.count(),
      audit: await db().auditLog.count(),
    });
    const before = await count();
    for (const name of ["otherManager", "nyStaff", "leader", "unit", "nyDeputy"] as const) {
      for (const op of ["publishReception", "recordVisit", "createEvent", "raiseIssue", "reportFinding"] as const) await outcome(() => OPERATIONS[op](w.cast[name]));
    }
    expect(await count()).toEqual(before);
  });
});

describe("forged ids", () => {
  const forged = [randomUUID(), "not-a-uuid", "' OR 1=1 --"];

  it("refuse a station, reception day, event or grid cell that does not exist or is someone else's", async () => {
    const m = w.cast.manager;
    for (const id of forged) {
      expect(await outcome(() => publishReceptionDay(m, { stationId: id, date: FUTURE_DAY, ...nextSlot(), deputyIds: [w.cast.xcDeputy.deputyId!] }, testContext(), T0))).toBe("notFound");
      expect(await outcome(() => recordVisit(m, { receptionDayId: id, visitorName: "甲", subject: "乙", content: "丙" }, testContext(), T0))).toBe("notFound");
      expect(await outcome(() => raiseEventIssue(m, { eventId: id, raisedBy: "甲", title: "乙", body: "丙" }, testContext(), T0))).toBe("notFound");
      expect(await outcome(() => reportGridFinding(w.cast.xcDeputy, { cellId: id, title: "乙", body: "丙" }, testContext(), T0))).toBe("notFound");
    }
    // the neighbouring station's reception day: its manager published it, ours may not record on it
    const theirs = await publishReceptionDay(w.cast.otherManager, { stationId: w.stations.other, date: FUTURE_DAY, ...nextSlot(), deputyIds: [w.cast.xcOtherDeputy.deputyId!] }, testContext(), T0);
    expect(await outcome(() => recordVisit(m, { receptionDayId: theirs.id, visitorName: "甲", subject: "乙", content: "丙" }, testContext(), T0))).toBe("notFound");
    expect(await outcome(() => reportGridFinding(m, { cellId: w.cells.other, title: "乙", body: "丙" }, testContext(), T0))).toBe("notFound");
  });

  it("refuse deputies who are not on duty at the station, and units or participants outside the committee", async () => {
    const m = w.cast.manager;
    const duty = (deputyIds: string[]) => outcome(() => publishReceptionDay(m, { stationId: w.stations.own, date: FUTURE_DAY, ...nextSlot(), deputyIds }, testContext(), T0));
    expect(await duty([w.cast.xcOtherDeputy.deputyId!])).toBe("refused:stations.errors.dutyDeputies");
    expect(await duty([randomUUID()])).toBe("refused:stations.errors.dutyDeputies");
    expect(await duty([])).toBe("refused:stations.errors.dutyDeputies");
    const event = (over: object) =>
      outcome(() => createStationEvent(m, { stationId: w.stations.own, kind: "FACE_TO_FACE", title: "面对面", heldOn: "2026-11-20", deputyIds: [w.cast.xcDeputy.deputyId!], unitIds: [], ...over }, testContext(), T0));
    expect(await event({})).toBe("refused:stations.errors.unitsRequired");
    const nanyangUnit = await db().handlingUnit.findFirstOrThrow({ where: { name: "南阳市农业农村局" }, select: { id: true } });
    expect(await event({ unitIds: [nanyangUnit.id] })).toBe("refused:stations.errors.units");
    expect(await event({ deputyIds: [w.cast.nyDeputy.deputyId!], unitIds: [] , kind: "LECTURE" })).toBe("refused:stations.errors.participants");
  });

  it("refuse a reception day in the past or ending before it starts", async () => {
    const m = w.cast.manager;
    const base = { stationId: w.stations.own, deputyIds: [w.cast.xcDeputy.deputyId!] };
    expect(await outcome(() => publishReceptionDay(m, { ...base, date: "2026-11-30", startTime: "09:00", endTime: "11:00" }, testContext(), T0))).toBe("refused:stations.errors.pastDate");
    expect(await outcome(() => publishReceptionDay(m, { ...base, date: FUTURE_DAY, startTime: "11:00", endTime: "09:00" }, testContext(), T0))).toBe("refused:stations.errors.slot");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { seedDutyWorld, type TDutyWorld } from "../../../tests/factories/duty";
import type { TTx } from "../db";
import { getArchive } from "./archive";
import { derivedDiff } from "./derived";
import { livelihoodInspections, votesCast } from "./derived/livelihood";
import { committeeRanking } from "./ranking";

/**
 * issue 5 item 1: station duty, station events, group activities, votes cast and livelihood
 * inspections become duty records, each fact once however often the archive is recomputed, from
 * the features' own tables. The vote source reads the turnout (who voted), never the ballots (how).
 */
const db = useTestDatabase();
let w: TDutyWorld;
let f: { receptionLater: string; activity: string; session: string; otherCandidate: string };
const NOW = new Date("2026-11-28T04:00:00Z"); // 12:00 in Shanghai
const EVENING = new Date("2026-11-28T10:00:00Z"); // 18:00 in Shanghai
const day = (key: string) => new Date(`${key}T00:00:00Z`);

beforeAll(async () => {
  w = await seedDutyWorld(db());
  const p = db();
  const { deputy, otherDeputy, staff } = w.cast;
  const station = await p.liaisonStation.create({ data: { name: "红薯产业代表联络站", kind: "INDUSTRY", regionId: w.home.region.id } });
  const reception = (date: string, startTime: string, endTime: string, deputyIds: string[]) =>
    p.receptionDay.create({ data: { stationId: station.id, date: day(date), startTime, endTime, createdById: staff.id, deputies: { create: deputyIds.map((deputyId) => ({ deputyId })) } } });
  await reception("2026-11-02", "09:00", "11:30", [deputy.deputyId]);
  const later = await reception("2026-11-28", "14:30", "17:00", [deputy.deputyId]); // today, not over at noon
  await reception("2026-12-05", "09:00", "11:30", [deputy.deputyId, otherDeputy.deputyId]); // ahead: never yet
  const event = (kind: "FACE_TO_FACE" | "LECTURE", heldOn: string, title: string, deputyIds: string[]) =>
    p.stationEvent.create({ data: { stationId: station.id, kind, title, heldOn: day(heldOn), createdById: staff.id, participants: { create: deputyIds.map((deputyId) => ({ deputyId })) } } });
  await event("FACE_TO_FACE", "2026-10-15", "代表·局长面对面：农村公路养护", [deputy.deputyId, otherDeputy.deputyId]);
  await event("LECTURE", "2026-09-10", "小讲堂：十五五规划解读", [deputy.deputyId]);
  await event("LECTURE", "2026-12-20", "小讲堂：尚未举办", [deputy.deputyId]);

  const special = await p.specialCommittee.create({ data: { name: "农业与农村委员会", committeeId: w.home.committee.id } });
  const group = await p.professionalGroup.create({ data: { name: "农业专业代表小组", field: "农业", committeeId: w.home.committee.id, leadCommitteeId: special.id, members: { create: [{ deputyId: deputy.deputyId }] } } });
  const activity = await p.groupActivity.create({ data: { groupId: group.id, kind: "RESEARCH", title: "红薯产业链调研", heldOn: day("2026-08-20"), createdById: staff.id, participants: { create: [{ deputyId: deputy.deputyId }] } } });

  const plan = await p.livelihoodPlan.create({ data: { committeeId: w.home.committee.id, year: 2026, title: "2026年民生实事项目", stage: "VOTING", collectOpensAt: new Date("2026-01-01T00:00:00+08:00"), collectClosesAt: new Date("2026-02-15T00:00:00+08:00"), seats: 1 } });
  const cand = (title: string) => p.livelihoodCandidate.create({ data: { planId: plan.id, source: "GOVERNMENT", title, description: `${title}的说明`, shortlisted: true } });
  const roads = await cand("农村公路提质");
  const schools = await cand("城区学校扩容");
  const session = await p.livelihoodBallotSession.create({ data: { planId: plan.id, seats: 1, candidateIds: [roads.id, schools.id], eligibleCount: 2, openedAt: new Date("2026-03-10T02:00:00Z") } });
  // the deputy voted (a turnout row); two anonymous ballots exist, but the other deputy has no turnout row
  await p.livelihoodTurnout.create({ data: { sessionId: session.id, deputyId: deputy.deputyId } });
  await p.livelihoodBallot.createMany({ data: [{ sessionId: session.id, choices: [roads.id] }, { sessionId: session.id, choices: [schools.id] }] });
  await p.livelihoodInspection.create({ data: { candidateId: roads.id, deputyId: deputy.deputyId, date: day("2026-07-01"), findings: "路面硬化已完成八成。" } });
  f = { receptionLater: later.id, activity: activity.id, session: session.id, otherCandidate: schools.id };
});

const derivedOf = async (deputyId: string) =>
  (await db().dutyRecord.findMany({ where: { deputyId, origin: "DERIVED" }, select: { type: true, sourceKey: true, status: true }, orderBy: { sourceKey: "asc" } }));

describe("derived sources", () => {
  it("write each fact once, with its type and points, however often the archive is recomputed", async () => {
    const { deputy, staff, leader } = w.cast;
    const first = await getArchive(deputy, deputy.deputyId, 2026, NOW);
    const again = await getArchive(staff, deputy.deputyId, 2026, NOW);
    await committeeRanking(leader, 2026, NOW);
    expect(await getArchive(leader, deputy.deputyId, 2026, NOW)).toEqual(first);
    expect(again).toEqual(first);
    expect(first.points.byType).toEqual([
      { type: "STATION_DUTY", count: 1, raw: 3, points: 3, capped: false },
      { type: "INSPECTION", count: 1, raw: 4, points: 4, capped: false },
      { type: "PROMOTION", count: 1, raw: 2, points: 2, capped: false },
      { type: "FACE_TO_FACE", count: 1, raw: 2, points: 2, capped: false },
      { type: "VOTE", count: 1, raw: 2, points: 2, capped: false },
      { type: "GROUP_ACTIVITY", count: 1, raw: 2, points: 2, capped: false },
    ]);
    expect(first.points.total).toBe(15);
    const rows = await derivedOf(deputy.deputyId);
    expect(rows.map((r) => [r.sourceKey?.split(":")[0], r.type])).toEqual([
      ["group-activity", "GROUP_ACTIVITY"],
      ["livelihood-inspection", "INSPECTION"],
      ["station-duty", "STATION_DUTY"],
      ["station-event", "FACE_TO_FACE"],
      ["station-event", "PROMOTION"],
      ["vote", "VOTE"],
    ].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)));
    expect(rows.every((r) => r.status === "CONFIRMED")).toBe(true);
    expect(new Set(rows.map((r) => r.sourceKey)).size).toBe(rows.length);
    // the other deputy: only the face-to-face event; no turnout, so no vote (the spare ballot counts for no one)
    const other = await getArchive(staff, w.cast.otherDeputy.deputyId, 2026, NOW);
    expect(other.points.byType).toEqual([{ type: "FACE_TO_FACE", count: 1, raw: 2, points: 2, capped: false }]);
  });

  it("count a reception day once it is over, and drop a fact that is gone", async () => {
    const { deputy, staff } = w.cast;
    const key = `station-duty:${f.receptionLater}:${deputy.deputyId}`;
    expect(await db().dutyRecord.count({ where: { sourceKey: key } })).toBe(0);
    const evening = await getArchive(staff, deputy.deputyId, 2026, EVENING);
    await getArchive(staff, deputy.deputyId, 2026, EVENING);
    expect(evening.points.byType.find((l) => l.type === "STATION_DUTY")).toMatchObject({ count: 2, points: 6 });
    expect(await db().dutyRecord.count({ where: { sourceKey: key } })).toBe(1);
    await db().groupActivity.delete({ where: { id: f.activity } });
    const after = await getArchive(staff, deputy.deputyId, 2026, EVENING);
    expect(after.points.byType.find((l) => l.type === "GROUP_ACTIVITY")).toBeUndefined();
  });

  it("derive votes from the turnout alone, never reading a ballot's choices", async () => {
    const { deputy, otherDeputy } = w.cast;
    const scope = { deputyIds: [deputy.deputyId, otherDeputy.deputyId], year: 2026, now: NOW };
    const touched = new Set<string>();
    const facts = await db().$transaction(async (tx) => {
      const spy = new Proxy(tx, { get: (t, prop) => (touched.add(String(prop)), Reflect.get(t, prop)) }) as TTx;
      return votesCast.collect(spy, scope);
    });
    expect([...touched]).toEqual(["livelihoodTurnout"]);
    expect(facts).toEqual([{ deputyId: deputy.deputyId, type: "VOTE", date: "2026-03-10", sourceKey: `vote:${f.session}:${deputy.deputyId}`, place: w.home.committee.name, description: "2026年民生实事项目" }]);
    expect(JSON.stringify(facts)).not.toContain(f.otherCandidate);

    // the ballots gone entirely: the same vote record stands; the inspection source has its own table
    await db().livelihoodBallot.deleteMany({ where: { sessionId: f.session } });
    const again = await getArchive(w.cast.staff, deputy.deputyId, 2026, NOW);
    expect(again.points.byType.find((l) => l.type === "VOTE")).toMatchObject({ count: 1, points: 2 });
    expect(await db().dutyRecord.count({ where: { sourceKey: `vote:${f.session}:${deputy.deputyId}` } })).toBe(1);
    const inspections = await db().$transaction((tx) => livelihoodInspections.collect(tx, scope));
    expect(inspections.map((i) => [i.deputyId, i.type, i.date])).toEqual([[deputy.deputyId, "INSPECTION", "2026-07-01"]]);
  });

  it("tell a page whether anything needs writing, so that a view of records already in line opens no transaction", async () => {
    const { deputy, staff } = w.cast;
    const scope = { deputyIds: [deputy.deputyId], year: 2026 };
    await getArchive(staff, deputy.deputyId, 2026, EVENING);
    expect(await derivedDiff(db(), scope, EVENING)).toEqual({ missing: [], gone: [] });
    // a fact gone: its record is named; a new fact: it is named
    const vote = await db().dutyRecord.findUniqueOrThrow({ where: { sourceKey: `vote:${f.session}:${deputy.deputyId}` }, select: { id: true } });
    await db().livelihoodTurnout.delete({ where: { sessionId_deputyId: { sessionId: f.session, deputyId: deputy.deputyId } } });
    const station = await db().liaisonStation.findFirstOrThrow({ select: { id: true } });
    const extra = await db().receptionDay.create({
      data: { stationId: station.id, date: day("2026-11-20"), startTime: "09:00", endTime: "11:00", createdById: staff.id, deputies: { create: [{ deputyId: deputy.deputyId }] } },
    });
    const diff = await derivedDiff(db(), scope, EVENING);
    expect(diff.gone).toEqual([vote.id]);
    expect(diff.missing.map((m) => m.sourceKey)).toEqual([`station-duty:${extra.id}:${deputy.deputyId}`]);
    // the next view writes both, and then nothing is left to write
    const after = await getArchive(staff, deputy.deputyId, 2026, EVENING);
    expect(after.points.byType.find((l) => l.type === "VOTE")).toBeUndefined();
    expect(after.points.byType.find((l) => l.type === "STATION_DUTY")).toMatchObject({ count: 3 });
    expect(await derivedDiff(db(), scope, EVENING)).toEqual({ missing: [], gone: [] });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { REFRESH_AT, T0, driveItem, seedDashboardWorld, type TDashboardWorld } from "../../../tests/factories/dashboard";
import { figureCounts } from "./counts";
import { listFigure } from "./drill";
import { dutyProvider, groupsProvider, stationsProvider, trainingProvider } from "./providers/activity";
import type { TFigureGroup } from "./providers/types";
import { refreshDashboard } from "./refresh";
import { dashboardScope, type TScopeFilters } from "./scope";

/**
 * Activity figures on a hand-made data set (deputies of seedDashboardWorld: city 市1 市2 prefectural;
 * county A 甲1 甲2 甲3; county B 乙1 and one terminated):
 *  duty — 甲1 confirmed 10 Jan, 20 Feb, 5 May 2026; 甲2 submitted 15 Jan (not counted), confirmed 1 Jul;
 *    乙1 confirmed 31 Mar; the terminated deputy confirmed 5 Jan (not counted); 市1 confirmed 11 Nov 2025;
 *    市2 a draft. 2026: Q1 2, Q2 1, Q3 1, Q4 0, year 3 of 6 active deputies (50%).
 *  stations — SA (county A): reception days 10 Mar and 10 Apr 2026 and 1 Dec 2025, two visitors on
 *    10 Mar (items of 2026) and one on 1 Dec (an item of 2025); SB (county B): a reception day on
 *    1 May 2026 and an item with stationId (2026). 2026: 3 days, 2 visitors, 3 items.
 *  groups — a city group: research 1 Apr 2026 with 2 reports, policy explanation 1 Jun 2026,
 *    legislation 1 Oct 2025 with 1 report; a county A group: supervision 1 Aug 2026.
 *  training — a course on 10 May 2026 attended by 甲1, 甲2, 市1 (乙1 enrolled, absent); one on
 *    1 Sep 2025 attended by 甲1; reflections 甲1 120 characters and 甲2 80 (2026), 市2 50 (2025).
 */
const db = useTestDatabase();
let w: TDashboardWorld;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function load(filters: TScopeFilters = {}) {
  const scope = await dashboardScope(w.leader, filters);
  const counts = await figureCounts(scope);
  const groups = await Promise.all([dutyProvider, stationsProvider, groupsProvider, trainingProvider].map((p) => p.load({ scope, counts })));
  const figure = (id: string) => {
    const f = groups.flatMap((g) => g.figures).find((x) => x.id === id);
    if (!f) throw new Error(`no figure ${id}`);
    return { ...f, values: Object.fromEntries(f.rows.map((r) => [r.label ?? r.key, r.value])) };
  };
  return { scope, groups, figure };
}

beforeAll(async () => {
  w = await seedDashboardWorld(db());
  const deputies = await db().deputy.findMany({ where: { regionId: { in: [w.city.region.id, w.countyA.region.id, w.countyB.region.id] } } });
  const d = (name: string) => deputies.find((x) => x.name === name)!.id;
  const duty = (name: string, date: string, status: "DRAFT" | "SUBMITTED" | "CONFIRMED") =>
    db().dutyRecord.create({ data: { deputyId: d(name), type: "RESEARCH", date: day(date), place: "乡政府", description: "调研", status } });
  await duty("甲县代表一", "2026-01-10", "CONFIRMED");
  await duty("甲县代表一", "2026-02-20", "CONFIRMED");
  await duty("甲县代表一", "2026-05-05", "CONFIRMED");
  await duty("甲县代表二", "2026-01-15", "SUBMITTED");
  await duty("甲县代表二", "2026-07-01", "CONFIRMED");
  await duty("乙县代表一", "2026-03-31", "CONFIRMED");
  await duty("乙县代表（已终止）", "2026-01-05", "CONFIRMED");
  await duty("市代表一", "2025-11-11", "CONFIRMED");
  await duty("市代表二", "2026-04-01", "DRAFT");

  const staff = w.countyA.staff;
  const sa = await db().liaisonStation.create({ data: { name: "甲站", kind: "TOWNSHIP", regionId: w.countyA.region.id } });
  const sb = await db().liaisonStation.create({ data: { name: "乙站", kind: "TOWNSHIP", regionId: w.countyB.region.id } });
  const reception = (stationId: string, date: string) => db().receptionDay.create({ data: { stationId, date: day(date), startTime: "09:00", endTime: "11:30", createdById: staff.id } });
  const r1 = await reception(sa.id, "2026-03-10");
  await reception(sa.id, "2026-04-10");
  const r3 = await reception(sa.id, "2025-12-01");
  await reception(sb.id, "2026-05-01");
  const visit = async (receptionDayId: string, dayOffset: number) => {
    const itemId = await driveItem(db(), staff, dayOffset, []);
    await db().stationVisit.create({ data: { stationId: sa.id, receptionDayId, visitorName: "张群众", subject: "道路照明", itemId, recordedById: staff.id } });
  };
  await visit(r1.id, 8);
  await visit(r1.id, 8);
  await visit(r3.id, -91); // 1 Dec 2025
  const atB = await driveItem(db(), w.countyB.staff, 10, []);
  await db().item.update({ where: { id: atB }, data: { stationId: sb.id } });
  await driveItem(db(), staff, 10, []); // an item not raised at a station

  const group = async (committeeId: string, name: string) => {
    const sc = await db().specialCommittee.create({ data: { name: `${name}委员会`, committeeId } });
    return db().professionalGroup.create({ data: { name, field: "农业", committeeId, leadCommitteeId: sc.id } });
  };
  const gCity = await group(w.city.committee.id, "农业小组");
  const gA = await group(w.countyA.committee.id, "教育小组");
  const activity = (groupId: string, kind: "RESEARCH" | "POLICY_EXPLANATION" | "LEGISLATION" | "SUPERVISION", heldOn: string) =>
    db().groupActivity.create({ data: { groupId, kind, title: `${kind}活动`, heldOn: day(heldOn), createdById: staff.id } });
  const report = (activityId: string, title: string) =>
    db().groupReport.create({
      data: { activityId, title, ext: "pdf", mime: "application/pdf", size: 4, sha256: "0".repeat(64), bytes: Buffer.from("%PDF"), uploadedById: staff.id },
    });
  const research = await activity(gCity.id, "RESEARCH", "2026-04-01");
  await report(research.id, "调研报告一");
  await report(research.id, "调研报告二");
  await activity(gCity.id, "POLICY_EXPLANATION", "2026-06-01");
  const legislation = await activity(gCity.id, "LEGISLATION", "2025-10-01");
  await report(legislation.id, "立法调研报告");
  await activity(gA.id, "SUPERVISION", "2026-08-01");

  const course = (title: string, startsOn: string) =>
    db().trainingCourse.create({ data: { committeeId: w.city.committee.id, title, audience: "DEPUTIES", startsOn: day(startsOn), endsOn: day(startsOn), place: "市人大" } });
  const c1 = await course("履职能力培训", "2026-05-10");
  const c2 = await course("新任代表培训", "2025-09-01");
  for (const [name, attended] of [["甲县代表一", true], ["甲县代表二", true], ["市代表一", true], ["乙县代表一", false]] as const)
    await db().trainingEnrolment.create({ data: { courseId: c1.id, deputyId: d(name), attended } });
  await db().trainingEnrolment.create({ data: { courseId: c2.id, deputyId: d("甲县代表一"), attended: true } });
  const reflection = (name: string, studiedOn: string, charCount: number) =>
    db().studyReflection.create({ data: { deputyId: d(name), title: "学习心得", body: "心".repeat(charCount), charCount, studiedOn: day(studiedOn) } });
  await reflection("甲县代表一", "2026-05-11", 120);
  await reflection("甲县代表二", "2026-06-01", 80);
  await reflection("市代表二", "2025-12-12", 50);

  await refreshDashboard({ full: true, now: () => REFRESH_AT });
});

describe("the activity figures on a hand-made data set", () => {
  it("counts deputies with a confirmed duty record per quarter, by level and by region, and their share", async () => {
    const { figure } = await load({ year: 2026 });
    expect(figure("dutyQuarter").values).toEqual({ Q1: 2, Q2: 1, Q3: 1, Q4: 0, YEAR: 3 });
    expect(figure("dutyQuarter").rate).toBe(0.5);
    expect(figure("dutyByLevel").values).toMatchObject({ COUNTY: 3, PREFECTURAL: 0, PROVINCIAL: 0 });
    expect(figure("dutyByRegion").values).toEqual({ [w.countyA.region.name]: 2, [w.countyB.region.name]: 1 });
    const all = await load();
    expect(all.figure("dutyQuarter").values).toEqual({ Q1: 2, Q2: 1, Q3: 1, Q4: 1, YEAR: 4 });
    expect(all.figure("dutyQuarter").rate).toBeNull();
    expect((await load({ year: 2026, level: "PREFECTURAL" })).figure("dutyQuarter").values).toEqual({ Q1: 0, Q2: 0, Q3: 0, Q4: 0, YEAR: 0 });
    expect((await load({ year: 2026, region: w.countyA.region.id })).figure("dutyQuarter").values).toEqual({ Q1: 1, Q2: 1, Q3: 1, Q4: 0, YEAR: 2 });
  });

  it("counts reception days, visitors and items raised at stations", async () => {
    expect((await load({ year: 2026 })).figure("stationActivity").values).toEqual({ RECEPTION_DAYS: 3, VISITS: 2, ITEMS: 3 });
    expect((await load()).figure("stationActivity").values).toEqual({ RECEPTION_DAYS: 4, VISITS: 3, ITEMS: 4 });
    expect((await load({ year: 2026, region: w.countyA.region.id })).figure("stationActivity").values).toEqual({ RECEPTION_DAYS: 2, VISITS: 2, ITEMS: 2 });
    expect((await load({ level: "PREFECTURAL" })).figure("stationActivity").values).toEqual({ RECEPTION_DAYS: 0, VISITS: 0, ITEMS: 0 });
  });

  it("counts group activities by kind and research reports", async () => {
    expect((await load({ year: 2026 })).figure("groupActivity").values).toEqual({ POLICY_EXPLANATION: 1, RESEARCH: 1, LEGISLATION: 0, SUPERVISION: 1, REPORTS: 2 });
    expect((await load()).figure("groupActivity").values).toEqual({ POLICY_EXPLANATION: 1, RESEARCH: 1, LEGISLATION: 1, SUPERVISION: 1, REPORTS: 3 });
    expect((await load({ level: "COUNTY" })).figure("groupActivity").values).toEqual({ POLICY_EXPLANATION: 0, RESEARCH: 0, LEGISLATION: 0, SUPERVISION: 1, REPORTS: 0 });
  });

  it("counts training attendance, reflections and their characters", async () => {
    const y = await load({ year: 2026 });
    expect(y.figure("trainingAttendance").values).toEqual({ ATTENDED: 3, REFLECTIONS: 2 });
    expect(y.figure("studyChars").values).toEqual({ CHARS: 200 });
    expect(y.figure("studyChars").rows[0]?.drill).toBeNull();
    const all = await load();
    expect(all.figure("trainingAttendance").values).toEqual({ ATTENDED: 4, REFLECTIONS: 3 });
    expect(all.figure("studyChars").values).toEqual({ CHARS: 250 });
    expect((await load({ year: 2026, level: "COUNTY" })).figure("trainingAttendance").values).toEqual({ ATTENDED: 2, REFLECTIONS: 2 });
  });

  it("drills down from every activity figure to a list of exactly as many rows", async () => {
    let checked = 0;
    for (const filters of [{}, { year: 2026 }, { year: 2025 }, { region: w.countyA.region.id }, { level: "COUNTY" as const }, { year: 2026, level: "PREFECTURAL" as const }]) {
      const { groups } = await load(filters);
      for (const f of groups.flatMap((g: TFigureGroup) => g.figures)) {
        for (const r of f.rows) {
          if (!r.drill) continue;
          const list = await listFigure(w.leader, { ...filters, figure: r.drill.figure as "stations", key: r.drill.key, page: 1 });
          expect({ figure: f.id, key: r.key, filters, kind: list.kind, total: list.total, rows: list.rows.length }).toEqual({
            figure: f.id, key: r.key, filters, kind: "records", total: r.value, rows: r.value,
          });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it("rebuilds the activity figures at the next refresh after a change, and only then", async () => {
    const d3 = await db().deputy.findFirstOrThrow({ where: { name: "甲县代表三", regionId: w.countyA.region.id } });
    await db().dutyRecord.create({ data: { deputyId: d3.id, type: "STUDY", date: day("2026-11-02"), place: "站", description: "学习", status: "CONFIRMED" } });
    const changed = await refreshDashboard({ now: () => new Date(T0.getTime() + 150 * 86_400_000) });
    expect(changed?.activity).toBe(true);
    expect((await load({ year: 2026 })).figure("dutyQuarter").values).toMatchObject({ Q4: 1, YEAR: 4 });
    expect((await refreshDashboard({ now: () => new Date(T0.getTime() + 151 * 86_400_000) }))?.activity).toBe(false);
    const anyone = await db().deputy.findFirstOrThrow({ where: { name: "乙县代表一", regionId: w.countyB.region.id } });
    const course = await db().trainingCourse.findFirstOrThrow({ where: { committeeId: w.city.committee.id, title: "履职能力培训" } });
    await db().trainingEnrolment.update({ where: { courseId_deputyId: { courseId: course.id, deputyId: anyone.id } }, data: { attended: true } });
    expect((await refreshDashboard({ now: () => new Date(T0.getTime() + 152 * 86_400_000) }))?.activity).toBe(true);
    expect((await load({ year: 2026 })).figure("trainingAttendance").values).toEqual({ ATTENDED: 4, REFLECTIONS: 2 });
  });
});

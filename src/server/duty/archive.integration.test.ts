import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { recordInput, seedDutyWorld, type TDutyWorld } from "../../../tests/factories/duty";
import { newKey, suggestionInput } from "../../../tests/factories/items";
import { submitItem, transitionItem } from "../items/commands";
import { getArchive } from "./archive";
import { committeeRanking } from "./ranking";
import { confirmRecord, createRecord, registerAttendance } from "./records";
import { exportReport } from "./report-xlsx";
import { saveRules } from "./rules";
import { createReflection, studySums } from "./study";
import { createCourse, setEnrolment } from "./training";

/**
 * issue 5 items 1–3 on a real database: derived records never double count however often the
 * archive is recomputed; the rules are versioned by year; study output is summed; the report
 * exports to a real .xlsx.
 */
const db = useTestDatabase();
let w: TDutyWorld;
const NOW = new Date("2026-11-28T04:00:00Z");
const label = (key: string, v?: Record<string, string | number>) => (v ? `${key}:${JSON.stringify(v)}` : key);

beforeAll(async () => {
  w = await seedDutyWorld(db());
});

describe("derived records and the archive", () => {
  it("count an accepted suggestion and an attended training once, however often the archive is recomputed", async () => {
    const staff = { ...w.cast.staff };
    const item = await submitItem(w.cast.deputy, suggestionInput({ idempotencyKey: newKey() }), testContext(), new Date("2026-06-01T02:00:00Z"));
    await db().item.update({ where: { id: item.id }, data: { committeeId: w.home.committee.id } });
    const empty = await getArchive(w.cast.deputy, w.cast.deputy.deputyId, 2026, NOW);
    expect(empty.points.byType.find((l) => l.type === "SUGGESTION")).toBeUndefined(); // not yet accepted
    await transitionItem(staff, item.id, "accept", {}, testContext(), new Date("2026-06-02T02:00:00Z"));

    const course = await createCourse(w.cast.staff, { title: "新任代表履职培训", audience: "DEPUTIES", startsOn: "2026-09-01", endsOn: "2026-09-03", place: "市委党校" }, testContext(), NOW);
    await setEnrolment(w.cast.staff, { courseId: course.id, deputyIds: [w.cast.deputy.deputyId, w.cast.otherDeputy.deputyId] }, "enrol", testContext(), NOW);
    await setEnrolment(w.cast.staff, { courseId: course.id, deputyIds: [w.cast.deputy.deputyId] }, "attended", testContext(), NOW);

    const first = await getArchive(w.cast.deputy, w.cast.deputy.deputyId, 2026, NOW);
    const again = await getArchive(w.cast.staff, w.cast.deputy.deputyId, 2026, NOW);
    const third = await getArchive(w.cast.leader, w.cast.deputy.deputyId, 2026, NOW);
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect(first.points.byType).toEqual([
      { type: "TRAINING", count: 1, raw: 5, points: 5, capped: false },
      { type: "SUGGESTION", count: 1, raw: 5, points: 5, capped: false },
    ]);
    expect(first.training).toMatchObject({ enrolled: 1, attended: 1 });
    expect(first.suggestions).toMatchObject({ total: 1, closed: 0 });
    expect(await db().dutyRecord.count({ where: { deputyId: w.cast.deputy.deputyId, origin: "DERIVED" } })).toBe(2);
    await committeeRanking(w.cast.staff, 2026, NOW); // a committee-wide recomputation
    expect(await db().dutyRecord.count({ where: { deputyId: w.cast.deputy.deputyId, origin: "DERIVED" } })).toBe(2);
  });

  it("confirmed records add points up to the yearly cap; unconfirmed ones do not count", async () => {
    for (let i = 0; i < 12; i++) {
      const { id } = await createRecord(w.cast.otherDeputy, recordInput({ date: `2026-10-${String(i + 1).padStart(2, "0")}`, intent: "submit" }), testContext(), NOW);
      if (i < 11) await confirmRecord(w.cast.staff, { recordId: id }, testContext(), NOW);
    }
    const a = await getArchive(w.cast.staff, w.cast.otherDeputy.deputyId, 2026, NOW);
    expect(a.points.byType.find((l) => l.type === "MEDIATION")).toEqual({ type: "MEDIATION", count: 11, raw: 22, points: 20, capped: true });
    expect(a.pendingCount).toBe(1);
  });

  it("changing this year's rules leaves last year's archive as it was", async () => {
    const { id } = await createRecord(w.cast.otherDeputy, recordInput({ type: "INSPECTION", date: "2025-12-20", intent: "submit" }), testContext(), NOW);
    await confirmRecord(w.cast.staff, { recordId: id }, testContext(), NOW);
    const before2025 = await getArchive(w.cast.staff, w.cast.otherDeputy.deputyId, 2025, NOW);
    expect(before2025.points.total).toBe(4);
    await saveRules(w.cast.staff, { year: 2026, rules: { INSPECTION: { points: 10, yearlyCap: 50 }, MEDIATION: { points: 1, yearlyCap: 5 } } }, testContext(), NOW);
    expect(await getArchive(w.cast.staff, w.cast.otherDeputy.deputyId, 2025, NOW)).toEqual(before2025);
    const a2026 = await getArchive(w.cast.staff, w.cast.otherDeputy.deputyId, 2026, NOW);
    expect(a2026.rulesFromYear).toBe(2026);
    expect(a2026.points.byType.find((l) => l.type === "MEDIATION")?.points).toBe(5);
    await expect(saveRules(w.cast.staff, { year: 2025, rules: {} }, testContext(), NOW)).rejects.toMatchObject({ messageKey: "duty.errors.pastYearRules" });
    await expect(saveRules(w.cast.leader, { year: 2026, rules: {} }, testContext(), NOW)).rejects.toThrow();
  });

  it("sums reflections' characters per deputy", async () => {
    const r = await createReflection(w.cast.deputy, { title: "学习宪法心得", body: "学习宪法，增强法治意识。 Law 2026", studiedOn: "2026-03-01" }, testContext(), NOW);
    expect(r.charCount).toBe(10 + 2);
    await createReflection(w.cast.deputy, { title: "二", body: "履职为民", studiedOn: "2026-04-01" }, testContext(), NOW);
    const sums = await studySums(w.cast.leader, 2026);
    expect(sums.rows.find((x) => x.deputyId === w.cast.deputy.deputyId)).toMatchObject({ reflections: 2, characters: 16 });
    const a = await getArchive(w.cast.deputy, w.cast.deputy.deputyId, 2026, NOW);
    expect(a.study).toMatchObject({ reflections: 2, characters: 16 });
  });

  it("ranks by points and lists deputies with little activity this quarter", async () => {
    await registerAttendance(w.cast.staff, { type: "STATION_DUTY", date: "2026-11-02", place: "联络站", description: "接待群众", deputyIds: [w.cast.otherDeputy.deputyId] }, testContext(), NOW);
    const r = await committeeRanking(w.cast.leader, 2026, NOW);
    const points = r.rows.map((x) => x.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    // 2026 rules: 11 mediations at 1 point capped at 5, one station duty at 3
    expect(r.rows.find((x) => x.deputyId === w.cast.otherDeputy.deputyId)).toMatchObject({ points: 8, records: 12, recordsThisQuarter: 12 });
    expect(r.quarter).toEqual({ year: 2026, quarter: 4 });
    expect(r.low.map((x) => x.deputyId)).toContain(w.cast.deputy.deputyId);
    expect(r.low.map((x) => x.deputyId)).not.toContain(w.cast.otherDeputy.deputyId);
  });

  it("exports the report as a real workbook", async () => {
    const { buffer } = await exportReport(w.cast.staff, w.cast.otherDeputy.deputyId, 2026, label, testContext());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const summary = wb.worksheets[0]!;
    const total = summary.getRows(1, summary.rowCount)!.find((row) => row.getCell(1).value === "archive.totalPoints");
    const a = await getArchive(w.cast.staff, w.cast.otherDeputy.deputyId, 2026, NOW);
    expect(total?.getCell(2).value).toBe(a.points.total);
    expect(wb.worksheets[2]!.rowCount).toBe(1 + a.confirmed.length);
    expect(await db().auditLog.count({ where: { action: "duty.report.export" } })).toBe(1);
  });
});

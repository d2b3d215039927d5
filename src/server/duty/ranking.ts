import "server-only";
import { shanghaiDayKey } from "@/domain/calendar";
import { lowActivity, LOW_ACTIVITY_THRESHOLD } from "@/domain/duty/archive";
import { quarterOf } from "@/domain/duty/dates";
import { computePoints } from "@/domain/duty/points";
import type { TActor } from "../authz";
import { getDb } from "../db";
import { ensureDerived } from "./derived";
import { loadRules } from "./rules";
import { committeeScope, dayDate } from "./scope";

/**
 * Staff and leaders: the committee's deputies ranked by the year's points, and those with little
 * activity this quarter (fewer than LOW_ACTIVITY_THRESHOLD confirmed records dated in it).
 */
export type TRankingRow = { deputyId: string; name: string; points: number; records: number; recordsThisQuarter: number; characters: number };

export async function committeeRanking(actor: TActor, year: number, now = new Date()): Promise<{ rows: TRankingRow[]; low: TRankingRow[]; quarter: { year: number; quarter: number }; threshold: number }> {
  const committeeId = committeeScope(actor);
  const db = getDb();
  const deputies = await db.deputy.findMany({ where: { committeeId, status: "ACTIVE" }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const ids = deputies.map((d) => d.id);
  await ensureDerived(db, { deputyIds: ids, year }, now, 60_000);
  const today = shanghaiDayKey(now);
  const q = quarterOf(today);
  const [records, rules, reflections] = await Promise.all([
    db.dutyRecord.findMany({
      where: { deputyId: { in: ids }, status: "CONFIRMED", date: { gte: dayDate(`${Math.min(year, q.year)}-01-01`), lt: dayDate(`${Math.max(year, q.year) + 1}-01-01`) } },
      select: { deputyId: true, type: true, date: true },
    }),
    loadRules(db, committeeId, year),
    db.studyReflection.groupBy({ by: ["deputyId"], where: { deputyId: { in: ids }, studiedOn: { gte: dayDate(`${year}-01-01`), lt: dayDate(`${year + 1}-01-01`) } }, _sum: { charCount: true } }),
  ]);
  const chars = new Map(reflections.map((r) => [r.deputyId, r._sum.charCount ?? 0]));
  const qStart = dayDate(q.firstDay);
  const rows = deputies.map((d) => {
    const mine = records.filter((r) => r.deputyId === d.id);
    const ofYear = mine.filter((r) => r.date.getUTCFullYear() === year);
    return {
      deputyId: d.id,
      name: d.name,
      points: computePoints(ofYear, rules.table).total,
      records: ofYear.length,
      recordsThisQuarter: mine.filter((r) => r.date >= qStart && r.date <= dayDate(today)).length,
      characters: chars.get(d.id) ?? 0,
    };
  });
  rows.sort((a, b) => b.points - a.points || b.records - a.records || a.name.localeCompare(b.name, "zh-CN"));
  return { rows, low: lowActivity(rows), quarter: { year: q.year, quarter: q.quarter }, threshold: LOW_ACTIVITY_THRESHOLD };
}

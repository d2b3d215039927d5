import "server-only";
import type { TDb, TTx } from "../../db";
import { suggestionsSponsored } from "./suggestions";
import { groupActivities } from "./groups";
import { livelihoodInspections, votesCast } from "./livelihood";
import { stationDuty, stationEvents } from "./stations";
import { trainingAttendance } from "./training";
import { dateYearRange, type TDerivedFact, type TDerivedScope, type TDerivedSource } from "./types";

export type { TDerivedFact, TDerivedSource } from "./types";

/** Every source of derived duty records. Add a source here; nothing else changes. */
export const DERIVED_SOURCES: readonly TDerivedSource[] = [
  suggestionsSponsored,
  trainingAttendance,
  stationDuty,
  stationEvents,
  groupActivities,
  votesCast,
  livelihoodInspections,
];

export async function collectDerived(tx: TTx, scope: TDerivedScope, sources = DERIVED_SOURCES): Promise<TDerivedFact[]> {
  const all = (await Promise.all(sources.map((s) => s.collect(tx, scope)))).flat();
  // a source that returned the same fact twice still yields one record
  return [...new Map(all.map((f) => [f.sourceKey, f])).values()];
}

/**
 * What would change: the facts not yet recorded, and the ids of derived records whose fact is gone
 * (e.g. an enrolment marked absent). Reads only.
 */
export async function derivedDiff(db: TTx, scope: TDerivedScope, now = new Date()): Promise<{ missing: TDerivedFact[]; gone: string[] }> {
  if (scope.deputyIds.length === 0) return { missing: [], gone: [] };
  const [facts, stored] = await Promise.all([
    collectDerived(db, { ...scope, now }),
    db.dutyRecord.findMany({
      where: { origin: "DERIVED", deputyId: { in: [...scope.deputyIds] }, date: dateYearRange(scope.year) },
      select: { id: true, sourceKey: true },
    }),
  ]);
  const storedKeys = new Set(stored.map((r) => r.sourceKey));
  const keep = new Set(facts.map((f) => f.sourceKey));
  return {
    missing: facts.filter((f) => !storedKeys.has(f.sourceKey)),
    gone: stored.filter((r) => r.sourceKey !== null && !keep.has(r.sourceKey)).map((r) => r.id),
  };
}

/**
 * Brings the stored derived records of these deputies and this year in line with the sources:
 * inserts facts not yet recorded (the unique sourceKey skips those recorded under another year)
 * and removes derived records whose fact is gone. Running it twice changes nothing.
 */
export async function syncDerived(tx: TTx, scope: TDerivedScope, now = new Date()): Promise<{ added: number; removed: number }> {
  const { missing, gone } = await derivedDiff(tx, scope, now);
  const { count: added } =
    missing.length === 0
      ? { count: 0 }
      : await tx.dutyRecord.createMany({
          data: missing.map((f) => ({
            deputyId: f.deputyId,
            type: f.type,
            date: new Date(`${f.date}T00:00:00Z`),
            place: f.place.slice(0, 120),
            description: f.description,
            status: "CONFIRMED" as const,
            origin: "DERIVED" as const,
            sourceKey: f.sourceKey,
            confirmedAt: now,
          })),
          skipDuplicates: true,
        });
  const { count: removed } = gone.length === 0 ? { count: 0 } : await tx.dutyRecord.deleteMany({ where: { id: { in: gone }, origin: "DERIVED" } });
  return { added, removed };
}

/**
 * For pages that show derived records (a deputy's archive, the ranking): checks without a
 * transaction first, and only when something differs runs syncDerived in one. A page view of
 * records already in line writes nothing (it used to open a write transaction on every view).
 */
export async function ensureDerived(db: TDb, scope: TDerivedScope, now = new Date(), timeout = 30_000): Promise<void> {
  const { missing, gone } = await derivedDiff(db, scope, now);
  if (missing.length === 0 && gone.length === 0) return;
  await db.$transaction((tx) => syncDerived(tx, scope, now), { maxWait: 15_000, timeout });
}

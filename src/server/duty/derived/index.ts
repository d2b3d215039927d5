import "server-only";
import type { TTx } from "../../db";
import { suggestionsSponsored } from "./suggestions";
import { groupActivities } from "./groups";
import { livelihoodInspections, votesCast } from "./livelihood";
import { stationDuty, stationEvents } from "./stations";
import { trainingAttendance } from "./training";
import { type TDerivedFact, type TDerivedScope, type TDerivedSource } from "./types";

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
 * Brings the stored derived records of these deputies and this year in line with the sources:
 * inserts facts not yet recorded (the unique sourceKey skips those that are) and removes derived
 * records whose fact is gone (e.g. an enrolment marked absent). Running it twice changes nothing.
 */
export async function syncDerived(tx: TTx, scope: TDerivedScope, now = new Date()): Promise<{ added: number; removed: number }> {
  if (scope.deputyIds.length === 0) return { added: 0, removed: 0 };
  const facts = await collectDerived(tx, { ...scope, now });
  const { count: added } = await tx.dutyRecord.createMany({
    data: facts.map((f) => ({
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
  const keep = facts.map((f) => f.sourceKey);
  const { count: removed } = await tx.dutyRecord.deleteMany({
    where: {
      origin: "DERIVED",
      deputyId: { in: [...scope.deputyIds] },
      date: { gte: new Date(`${scope.year}-01-01T00:00:00Z`), lt: new Date(`${scope.year + 1}-01-01T00:00:00Z`) },
      sourceKey: { notIn: keep },
    },
  });
  return { added, removed };
}

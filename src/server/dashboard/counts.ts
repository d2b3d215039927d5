import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "../db";
import type { TDashboardScope } from "./scope";

/** Reads of the aggregate table DashboardFigure for one scope: a few hundred rows by primary key. */

export type TFigureCounts = {
  /** figure → key → count, summed over the filtered years and levels */
  byKey: Map<string, Map<string, number>>;
  /** deputies by level (the level filter applied) */
  deputiesByLevel: Map<string, number>;
};

function yearCondition(scope: TDashboardScope): Prisma.Sql {
  return scope.year === null ? Prisma.sql`"year" > 0` : Prisma.sql`"year" = ${scope.year}`;
}

function levelCondition(scope: TDashboardScope): Prisma.Sql {
  return scope.level === null ? Prisma.sql`TRUE` : Prisma.sql`"level" = ${scope.level}::"DeputyLevel"`;
}

export async function figureCounts(scope: TDashboardScope): Promise<TFigureCounts> {
  const rows = await getDb().$queryRaw<{ figure: string; key: string; level: string; n: number }[]>`
    SELECT "figure", "key", "level"::text AS "level", sum("n")::int AS "n" FROM "DashboardFigure"
    WHERE "regionId" = ${scope.regionId}::uuid AND ${levelCondition(scope)}
      AND ((${yearCondition(scope)} AND "figure" <> 'overdue') OR ("year" = 0 AND "figure" = 'deputies'))
    GROUP BY 1, 2, 3`;
  const byKey = new Map<string, Map<string, number>>();
  const deputiesByLevel = new Map<string, number>();
  for (const r of rows) {
    const m = byKey.get(r.figure) ?? new Map<string, number>();
    m.set(r.key, (m.get(r.key) ?? 0) + r.n);
    byKey.set(r.figure, m);
    if (r.figure === "deputies") deputiesByLevel.set(r.level, (deputiesByLevel.get(r.level) ?? 0) + r.n);
  }
  return { byKey, deputiesByLevel };
}

export type TOverdueRanking = { total: number; units: { unitId: string; name: string; n: number }[] };

/**
 * The lead units with the most overdue items, and the total: one pass over the figure rows (the
 * total is a window over all the units' sums, taken before the LIMIT).
 */
export async function overdueRanking(scope: TDashboardScope, limit = 10): Promise<TOverdueRanking> {
  const rows = await getDb().$queryRaw<{ unitId: string; name: string; n: number; total: number }[]>`
    WITH g AS (
      SELECT "key", sum("n")::int AS n, sum(sum("n")) OVER ()::int AS total FROM "DashboardFigure"
      WHERE "regionId" = ${scope.regionId}::uuid AND "figure" = 'overdue' AND ${yearCondition(scope)} AND ${levelCondition(scope)}
      GROUP BY 1
      ORDER BY 2 DESC, 1
      LIMIT ${limit}
    )
    SELECT g."key" AS "unitId", coalesce(u."name", g."key") AS "name", g.n, g.total
    FROM g LEFT JOIN "HandlingUnit" u ON u."id"::text = g."key"
    ORDER BY g.n DESC, g."key"`;
  return { total: rows[0]?.total ?? 0, units: rows.map(({ unitId, name, n }) => ({ unitId, name, n })) };
}

/** Active deputies in each child region of the selected region. */
export async function deputiesByChildRegion(scope: TDashboardScope): Promise<Map<string, number>> {
  const ids = scope.children.map((c) => c.id);
  if (ids.length === 0) return new Map();
  const rows = await getDb().$queryRaw<{ regionId: string; n: number }[]>`
    SELECT "regionId"::text AS "regionId", sum("n")::int AS n FROM "DashboardFigure"
    WHERE "regionId" = ANY(${ids}::uuid[]) AND "year" = 0 AND "figure" = 'deputies' AND ${levelCondition(scope)}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.regionId, r.n]));
}

/** The years that have items in the scope's region (for the year filter). */
export async function figureYears(regionId: string): Promise<number[]> {
  const rows = await getDb().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT "year" FROM "DashboardFigure" WHERE "regionId" = ${regionId}::uuid AND "year" > 0 ORDER BY 1 DESC`;
  return rows.map((r) => r.year);
}

import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TActivityFigure } from "@/domain/dashboard/figures";
import { getDb } from "../db";
import type { TDashboardScope } from "./scope";

/** An activity figure's key in each child region of the selected region (year and level filters applied). */
export async function activityByChildRegion(scope: TDashboardScope, figure: TActivityFigure, key: string): Promise<Map<string, number>> {
  const ids = scope.children.map((c) => c.id);
  if (ids.length === 0) return new Map();
  const year = scope.year === null ? Prisma.sql`"year" > 0` : Prisma.sql`"year" = ${scope.year}`;
  const level = scope.level === null ? Prisma.sql`TRUE` : Prisma.sql`"level" = ${scope.level}::"DeputyLevel"`;
  const rows = await getDb().$queryRaw<{ regionId: string; n: number }[]>`
    SELECT "regionId"::text AS "regionId", sum("n")::int AS n FROM "DashboardFigure"
    WHERE "regionId" = ANY(${ids}::uuid[]) AND "figure" = ${figure} AND "key" = ${key} AND ${year} AND ${level}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.regionId, r.n]));
}

/** An activity figure's key by level in the selected region (year and level filters applied). */
export async function activityByLevel(scope: TDashboardScope, figure: TActivityFigure, key: string): Promise<Map<string, number>> {
  const year = scope.year === null ? Prisma.sql`"year" > 0` : Prisma.sql`"year" = ${scope.year}`;
  const level = scope.level === null ? Prisma.sql`TRUE` : Prisma.sql`"level" = ${scope.level}::"DeputyLevel"`;
  const rows = await getDb().$queryRaw<{ level: string; n: number }[]>`
    SELECT "level"::text AS "level", sum("n")::int AS n FROM "DashboardFigure"
    WHERE "regionId" = ${scope.regionId}::uuid AND "figure" = ${figure} AND "key" = ${key} AND ${year} AND ${level}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.level, r.n]));
}

import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { DEPUTY_LEVELS, type TDeputyLevel } from "@/domain/dashboard/levels";
import type { TActivityFigure } from "@/domain/dashboard/figures";
import { getDb } from "../db";
import { descendantsWithin } from "../directory/regions";
import { NotFoundError } from "../errors";
import { activitySource } from "./activity-sql";
import { scopeRegionIds, type TDashboardScope } from "./scope";

/**
 * The list behind an activity figure: the rows of its source (activity-sql.ts) that the figure
 * counted, with the same region, year and level filters. dutyActive also takes a level or
 * `region:<child>` as key (its by-level and by-region figures count the YEAR key there).
 */
export type TDrillRecordRow = { id: string; title: string; detail: string | null; year: number; regionName: string };

export async function listActivity(
  scope: TDashboardScope,
  figure: TActivityFigure,
  rawKey: string,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: TDrillRecordRow[] }> {
  let regions = scopeRegionIds(scope);
  let level: TDeputyLevel | null = scope.level;
  let key = rawKey;
  if (figure === "dutyActive" && rawKey.startsWith("region:")) {
    const child = rawKey.slice("region:".length);
    if (!scope.children.some((c) => c.id === child)) throw new NotFoundError("region outside the scope");
    regions = descendantsWithin(scope.tree, child);
    key = "YEAR";
  } else if (figure === "dutyActive" && (DEPUTY_LEVELS as readonly string[]).includes(rawKey)) {
    if (level !== null && level !== rawKey) return { total: 0, rows: [] };
    level = rawKey as TDeputyLevel;
    key = "YEAR";
  }
  const where = Prisma.sql`s."regionId" = ANY(${regions}::uuid[]) AND s.key = ${key}
    AND ${scope.year === null ? Prisma.sql`TRUE` : Prisma.sql`s."year" = ${scope.year}`}
    AND ${level === null ? Prisma.sql`TRUE` : Prisma.sql`s."level" = ${level}::"DeputyLevel"`}`;
  const db = getDb();
  const [count, rows] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${activitySource(figure)}) s WHERE ${where}`,
    db.$queryRaw<TDrillRecordRow[]>`
      SELECT s."id", s."title", s."detail", s."year", r."name" AS "regionName"
      FROM (${activitySource(figure)}) s JOIN "Region" r ON r."id" = s."regionId"
      WHERE ${where} ORDER BY s."year" DESC, s."title", s."id" LIMIT ${page.limit} OFFSET ${page.offset}`,
  ]);
  return { total: count[0]?.n ?? 0, rows };
}

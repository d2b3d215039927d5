import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TTx } from "../db";

/**
 * The aggregate table DashboardFigure, rebuilt from DashboardItemFact (items) and Deputy. Each row
 * counts in its own region and every region above it, so that a dashboard for any region reads a
 * few hundred rows by primary key, whatever the size of the province below it.
 */

/** Every region paired with itself and each of its ancestors (a province is four levels deep). */
export const ANCESTORS = Prisma.sql`
  anc(region_id, ancestor_id) AS (
    SELECT r."id", r."id" FROM "Region" r
    UNION ALL
    SELECT anc.region_id, r."parentId" FROM anc JOIN "Region" r ON r."id" = anc.ancestor_id WHERE r."parentId" IS NOT NULL
  )`;

/** The figures rebuilt from the facts; "overdue" depends on the clock and is rebuilt on every refresh. */
export const FACT_FIGURES = ["total", "stage", "resultClass", "followUp", "firstSatisfaction", "finalSatisfaction", "onTime"];

/** Rebuilds the item figures of the given years from the facts. */
export async function rebuildItemFigures(tx: TTx, years: readonly number[]): Promise<void> {
  if (years.length === 0) return;
  const ys = [...years];
  await tx.$executeRaw`DELETE FROM "DashboardFigure" WHERE "year" = ANY(${ys}::int[]) AND "figure" = ANY(${FACT_FIGURES}::text[])`;
  await tx.$executeRaw`
    WITH RECURSIVE ${ANCESTORS},
    base AS (
      SELECT f."regionId", f."year", f."level", x.figure, x.key, count(*)::int AS n
      FROM "DashboardItemFact" f
      CROSS JOIN LATERAL (VALUES
        ('total', 'ALL'),
        ('stage', f."stage"::text),
        ('resultClass', f."resultClass"),
        ('followUp', CASE WHEN f."followUp" = 'PENDING' THEN f."resultClass" END),
        ('firstSatisfaction', f."firstSatisfaction"::text),
        ('finalSatisfaction', f."finalSatisfaction"::text),
        ('onTime', CASE WHEN f."onTime" THEN 'ON_TIME' WHEN NOT f."onTime" THEN 'LATE' END)
      ) AS x(figure, key)
      WHERE f."year" = ANY(${ys}::int[]) AND x.key IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5
    )
    INSERT INTO "DashboardFigure" ("regionId", "year", "level", "figure", "key", "n")
    SELECT a.ancestor_id, b."year", b."level", b.figure, b.key, sum(b.n)::int
    FROM base b JOIN anc a ON a.region_id = b."regionId"
    GROUP BY 1, 2, 3, 4, 5`;
}

/** Items past their deadline at `at`, by lead unit (an item has a deadline only while it is open). */
export async function rebuildOverdue(tx: TTx, at: Date): Promise<void> {
  await tx.$executeRaw`DELETE FROM "DashboardFigure" WHERE "figure" = 'overdue'`;
  await tx.$executeRaw`
    WITH RECURSIVE ${ANCESTORS},
    base AS (
      SELECT f."regionId", f."year", f."level", f."leadUnitId"::text AS key, count(*)::int AS n
      FROM "DashboardItemFact" f
      WHERE f."deadline" < ${at} AND f."leadUnitId" IS NOT NULL
      GROUP BY 1, 2, 3, 4
    )
    INSERT INTO "DashboardFigure" ("regionId", "year", "level", "figure", "key", "n")
    SELECT a.ancestor_id, b."year", b."level", 'overdue', b.key, sum(b.n)::int
    FROM base b JOIN anc a ON a.region_id = b."regionId"
    GROUP BY 1, 2, 3, 4, 5`;
}

/** Active deputies by region and level (year 0: the figure has no year). */
export async function rebuildDeputies(tx: TTx): Promise<void> {
  await tx.$executeRaw`DELETE FROM "DashboardFigure" WHERE "figure" = 'deputies'`;
  await tx.$executeRaw`
    WITH RECURSIVE ${ANCESTORS},
    base AS (
      SELECT d."regionId", d."level", count(*)::int AS n FROM "Deputy" d WHERE d."status" = 'ACTIVE' GROUP BY 1, 2
    )
    INSERT INTO "DashboardFigure" ("regionId", "year", "level", "figure", "key", "n")
    SELECT a.ancestor_id, 0, b."level", 'deputies', 'ALL', sum(b.n)::int
    FROM base b JOIN anc a ON a.region_id = b."regionId"
    GROUP BY 1, 2, 3`;
}

/** Changes to deputies are noticed by this signature (count and latest change). */
export async function deputiesSignature(tx: TTx): Promise<string> {
  const rows = await tx.$queryRaw<{ n: number; at: Date | null }[]>`
    SELECT count(*)::int AS n, max("updatedAt") AS at FROM "Deputy"`;
  const r = rows[0];
  return `${r?.n ?? 0}:${r?.at?.toISOString() ?? "-"}`;
}

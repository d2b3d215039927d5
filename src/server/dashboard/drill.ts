import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { isActivityFigure, isFigureKey, type TFigureId, type TItemFigure } from "@/domain/dashboard/figures";
import type { TDeputyLevel } from "@/domain/dashboard/levels";
import type { TActor } from "../authz";
import { getDb } from "../db";
import { descendantsWithin } from "../directory/regions";
import { NotFoundError } from "../errors";
import { listActivity, type TDrillRecordRow } from "./activity-drill";
import { itemPredicate } from "./predicates";
import { lastRefresh } from "./refresh";
import { dashboardScope, scopeRegionIds, type TDashboardScope, type TScopeFilters } from "./scope";

/**
 * The list behind a figure: the same rows the figure counted, from the same snapshot (items from
 * DashboardItemFact with the figure's own predicate; deputies from the Deputy table, active ones).
 * Rows carry only what the list shows; an item links to its page only when the viewer's committee
 * owns it (item pages keep their own, narrower, authorization).
 */
export const DRILL_PAGE_SIZE = 50;

export type TDrillItemRow = {
  id: string;
  trackingNumber: string;
  title: string;
  committeeName: string;
  stage: string;
  unitName: string | null;
  deadline: Date | null;
  linkable: boolean;
};
export type TDrillDeputyRow = { id: string; name: string; level: string; regionName: string };

export type TDrillResult =
  | { kind: "items"; scope: TDashboardScope; total: number; rows: TDrillItemRow[]; refreshedAt: Date | null }
  | { kind: "deputies"; scope: TDashboardScope; total: number; rows: TDrillDeputyRow[]; refreshedAt: Date | null }
  | { kind: "records"; scope: TDashboardScope; total: number; rows: TDrillRecordRow[]; refreshedAt: Date | null };

export type TDrillQuery = TScopeFilters & { figure: TFigureId; key: string; page: number };

function levelSql(level: TDeputyLevel | null, column: Prisma.Sql): Prisma.Sql {
  return level === null ? Prisma.sql`TRUE` : Prisma.sql`${column} = ${level}::"DeputyLevel"`;
}

export async function listFigure(actor: TActor, q: TDrillQuery): Promise<TDrillResult> {
  const scope = await dashboardScope(actor, q);
  if (!isFigureKey(q.figure, q.key)) throw new NotFoundError("unknown figure key");
  const offset = (q.page - 1) * DRILL_PAGE_SIZE;
  const refreshedAt = await lastRefresh();
  const db = getDb();

  if (isActivityFigure(q.figure)) {
    const r = await listActivity(scope, q.figure, q.key, { limit: DRILL_PAGE_SIZE, offset });
    return { kind: "records", scope, refreshedAt, ...r };
  }

  if (q.figure === "deputies") {
    let regions = scopeRegionIds(scope);
    let level = scope.level;
    if (q.key.startsWith("region:")) {
      const child = q.key.slice("region:".length);
      if (!scope.children.some((c) => c.id === child)) throw new NotFoundError("region outside the scope");
      regions = descendantsWithin(scope.tree, child);
    } else if (q.key !== "ALL") {
      if (level !== null && level !== q.key) return { kind: "deputies", scope, total: 0, rows: [], refreshedAt };
      level = q.key as TDeputyLevel;
    }
    const where = Prisma.sql`d."status" = 'ACTIVE' AND d."regionId" = ANY(${regions}::uuid[]) AND ${levelSql(level, Prisma.sql`d."level"`)}`;
    const [count, rows] = await Promise.all([
      db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Deputy" d WHERE ${where}`,
      db.$queryRaw<TDrillDeputyRow[]>`
        SELECT d."id"::text AS "id", d."name", d."level"::text AS "level", r."name" AS "regionName"
        FROM "Deputy" d JOIN "Region" r ON r."id" = d."regionId"
        WHERE ${where} ORDER BY d."name", d."id" LIMIT ${DRILL_PAGE_SIZE} OFFSET ${offset}`,
    ]);
    return { kind: "deputies", scope, total: count[0]?.n ?? 0, rows, refreshedAt };
  }

  const regions = scopeRegionIds(scope);
  const year = scope.year === null ? Prisma.sql`TRUE` : Prisma.sql`f."year" = ${scope.year}`;
  const predicate = itemPredicate(q.figure as TItemFigure, q.key, refreshedAt ?? new Date(0));
  const where = Prisma.sql`f."regionId" = ANY(${regions}::uuid[]) AND ${year} AND ${levelSql(scope.level, Prisma.sql`f."level"`)} AND ${predicate}`;
  const [count, rows] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "DashboardItemFact" f WHERE ${where}`,
    db.$queryRaw<(Omit<TDrillItemRow, "linkable"> & { committeeId: string })[]>`
      SELECT i."id"::text AS "id", i."trackingNumber", i."title", c."name" AS "committeeName", c."id"::text AS "committeeId",
             f."stage"::text AS "stage", u."name" AS "unitName", f."deadline"
      FROM "DashboardItemFact" f
      JOIN "Item" i ON i."id" = f."itemId"
      JOIN "StandingCommittee" c ON c."id" = f."committeeId"
      LEFT JOIN "HandlingUnit" u ON u."id" = f."leadUnitId"
      WHERE ${where}
      ORDER BY i."createdAt" DESC, i."id" DESC LIMIT ${DRILL_PAGE_SIZE} OFFSET ${offset}`,
  ]);
  return {
    kind: "items",
    scope,
    total: count[0]?.n ?? 0,
    rows: rows.map(({ committeeId, ...r }) => ({ ...r, linkable: committeeId === actor.committeeId })),
    refreshedAt,
  };
}

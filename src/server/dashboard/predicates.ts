import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TItemFigure } from "@/domain/dashboard/figures";

/**
 * The one SQL definition of each item figure's key, over DashboardItemFact `f`: the drill-down
 * list filters with exactly what rebuildItemFigures (cube-sql.ts) groups by, so a figure and its
 * list count the same rows. Overdue is measured at the refresh instant, as the figure was.
 */
export function itemPredicate(figure: TItemFigure, key: string, refreshedAt: Date): Prisma.Sql {
  switch (figure) {
    case "total":
      return Prisma.sql`TRUE`;
    case "stage":
      return Prisma.sql`f."stage"::text = ${key}`;
    case "resultClass":
      return Prisma.sql`f."resultClass" = ${key}`;
    case "followUp":
      return Prisma.sql`f."followUp" = 'PENDING' AND f."resultClass" = ${key}`;
    case "firstSatisfaction":
      return Prisma.sql`f."firstSatisfaction"::text = ${key}`;
    case "finalSatisfaction":
      return Prisma.sql`f."finalSatisfaction"::text = ${key}`;
    case "onTime":
      return key === "ON_TIME" ? Prisma.sql`f."onTime" IS TRUE` : Prisma.sql`f."onTime" IS FALSE`;
    case "overdue":
      return key === "ALL"
        ? Prisma.sql`f."deadline" < ${refreshedAt} AND f."leadUnitId" IS NOT NULL`
        : Prisma.sql`f."deadline" < ${refreshedAt} AND f."leadUnitId" = ${key}::uuid`;
  }
}

import "server-only";
import { shanghaiParts } from "@/domain/calendar";
import { CONGRESS_LEVEL_OF, type TRegionLevel } from "@/domain/dashboard/levels";
import { FACT_ACTIONS, replyFacts, type THistoryStep } from "@/domain/dashboard/item-fact";
import type { TClock } from "@/domain/workflow/machine";
import type { TTx } from "../db";

/** Recomputes DashboardItemFact for a batch of items (upsert); returns the years the batch touched. */

type TItemRow = {
  id: string;
  committeeId: string;
  regionId: string;
  regionLevel: TRegionLevel;
  stage: string;
  resultClass: string | null;
  followUp: string | null;
  leadUnitId: string | null;
  deadline: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

type THistoryRow = THistoryStep & { itemId: string };

export async function upsertFacts(tx: TTx, ids: readonly string[], clock: Pick<TClock, "deadlineFrom" | "extend">): Promise<Set<number>> {
  const years = new Set<number>();
  if (ids.length === 0) return years;
  const list = [...ids];
  const items = await tx.$queryRaw<TItemRow[]>`
    SELECT i."id"::text AS "id", i."committeeId"::text AS "committeeId", r."id"::text AS "regionId",
           r."level"::text AS "regionLevel", i."stage"::text AS "stage", i."resultClass",
           i."followUp"::text AS "followUp", i."leadUnitId"::text AS "leadUnitId", i."deadline",
           i."createdAt", i."updatedAt"
    FROM "Item" i
    JOIN "StandingCommittee" c ON c."id" = i."committeeId"
    JOIN "Region" r ON r."id" = c."regionId"
    WHERE i."id" = ANY(${list}::uuid[])`;
  const history = await tx.$queryRaw<THistoryRow[]>`
    SELECT h."itemId"::text AS "itemId", h."at", h."action", h."round", h."toStage"::text AS "toStage",
           jsonb_build_object('complex', h."detail"->'complex', 'days', h."detail"->'days', 'satisfaction', h."detail"->'satisfaction') AS "detail"
    FROM "ItemHistory" h
    WHERE h."itemId" = ANY(${list}::uuid[]) AND h."action" = ANY(${[...FACT_ACTIONS]}::text[])
    ORDER BY h."itemId", h."at", h."id"`;
  const byItem = new Map<string, THistoryRow[]>();
  for (const h of history) {
    const rows = byItem.get(h.itemId) ?? [];
    rows.push(h);
    byItem.set(h.itemId, rows);
  }
  const cols = {
    itemId: [] as string[], committeeId: [] as string[], regionId: [] as string[], level: [] as string[], year: [] as number[],
    stage: [] as string[], resultClass: [] as (string | null)[], followUp: [] as (string | null)[],
    firstSatisfaction: [] as (string | null)[], finalSatisfaction: [] as (string | null)[], leadUnitId: [] as (string | null)[],
    deadline: [] as (string | null)[], repliedAt: [] as (string | null)[], replyDueAt: [] as (string | null)[],
    onTime: [] as (boolean | null)[], itemUpdatedAt: [] as string[],
  };
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  for (const item of items) {
    const reply = replyFacts(byItem.get(item.id) ?? [], clock);
    const year = shanghaiParts(item.createdAt).year;
    years.add(year);
    cols.itemId.push(item.id);
    cols.committeeId.push(item.committeeId);
    cols.regionId.push(item.regionId);
    cols.level.push(CONGRESS_LEVEL_OF[item.regionLevel]);
    cols.year.push(year);
    cols.stage.push(item.stage);
    cols.resultClass.push(item.resultClass);
    cols.followUp.push(item.followUp);
    cols.firstSatisfaction.push(reply.firstSatisfaction);
    cols.finalSatisfaction.push(reply.finalSatisfaction);
    cols.leadUnitId.push(item.leadUnitId);
    cols.deadline.push(iso(item.deadline));
    cols.repliedAt.push(iso(reply.repliedAt));
    cols.replyDueAt.push(iso(reply.replyDueAt));
    cols.onTime.push(reply.onTime);
    cols.itemUpdatedAt.push(item.updatedAt.toISOString());
  }
  await tx.$executeRaw`
    INSERT INTO "DashboardItemFact" ("itemId", "committeeId", "regionId", "level", "year", "stage", "resultClass", "followUp",
      "firstSatisfaction", "finalSatisfaction", "leadUnitId", "deadline", "repliedAt", "replyDueAt", "onTime", "itemUpdatedAt")
    SELECT * FROM unnest(
      ${cols.itemId}::uuid[], ${cols.committeeId}::uuid[], ${cols.regionId}::uuid[], ${cols.level}::"DeputyLevel"[], ${cols.year}::int[],
      ${cols.stage}::"ItemStage"[], ${cols.resultClass}::varchar[], ${cols.followUp}::"FollowUpState"[],
      ${cols.firstSatisfaction}::"Satisfaction"[], ${cols.finalSatisfaction}::"Satisfaction"[], ${cols.leadUnitId}::uuid[],
      ${cols.deadline}::timestamptz[], ${cols.repliedAt}::timestamptz[], ${cols.replyDueAt}::timestamptz[], ${cols.onTime}::boolean[],
      ${cols.itemUpdatedAt}::timestamptz[])
    ON CONFLICT ("itemId") DO UPDATE SET
      "committeeId" = EXCLUDED."committeeId", "regionId" = EXCLUDED."regionId", "level" = EXCLUDED."level", "year" = EXCLUDED."year",
      "stage" = EXCLUDED."stage", "resultClass" = EXCLUDED."resultClass", "followUp" = EXCLUDED."followUp",
      "firstSatisfaction" = EXCLUDED."firstSatisfaction", "finalSatisfaction" = EXCLUDED."finalSatisfaction",
      "leadUnitId" = EXCLUDED."leadUnitId", "deadline" = EXCLUDED."deadline", "repliedAt" = EXCLUDED."repliedAt",
      "replyDueAt" = EXCLUDED."replyDueAt", "onTime" = EXCLUDED."onTime", "itemUpdatedAt" = EXCLUDED."itemUpdatedAt"`;
  return years;
}

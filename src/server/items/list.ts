import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { ItemSource } from "@/generated/prisma/enums";
import { escapeLike, MAX_QUERY_LENGTH, searchTerms } from "@/domain/keyword-search";
import { normalizeTrackingNumber } from "@/domain/tracking-number";
import { DEFAULT_WORKFLOW_CONFIG } from "@/domain/workflow/facts";
import { EVALUATION_CLOCK_STAGES, OVERDUE_FILTERS, REPLY_CLOCK_STAGES, overdueKinds, type TOverdueFilter, type TOverdueKind } from "@/domain/workflow/overdue";
import { SATISFACTIONS, STAGES, type TSatisfaction, type TStage } from "@/domain/workflow/stages";
import { assertCan, type TActor } from "../authz";
import { getDb } from "../db";
import { ForbiddenError } from "../errors";

/**
 * The item lists of every role (a deputy's own items, a unit's inbox, the committee's register):
 * one scope per role, ANDed with the filters, so no filter can widen what a role sees.
 *
 * Keyword search is a substring match (ILIKE) of each typed term in the title, the body or the
 * tracking number, with LIKE's wildcards escaped. Why not full-text search: Chinese needs a word
 * segmenter (zhparser, pg_jieba) that PGlite does not ship and a managed PostgreSQL may not allow,
 * and pg_trgm builds no trigrams from CJK text under the C locale PGlite runs with, so neither
 * behaves the same on both databases. A substring match finds every Chinese word exactly as typed,
 * with the same results on both; it scans only the rows the role's scope and the other filters leave
 * (the committee, unit and deputy indexes narrow first). A full tracking number, however typed
 * ("jy 2026 000123 g"), is also matched exactly by its canonical form.
 */
export const ZListItems = z
  .object({
    stage: z.enum(STAGES).optional(),
    source: z.enum(ItemSource).optional(),
    leadUnitId: z.uuid().optional(),
    resultClass: z.string().refine((c) => DEFAULT_WORKFLOW_CONFIG.resultClasses.includes(c)).optional(),
    satisfaction: z.enum(SATISFACTIONS).optional(),
    overdue: z.enum(OVERDUE_FILTERS).optional(),
    q: z.string().max(MAX_QUERY_LENGTH).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type TListItemsFilter = z.input<typeof ZListItems>;
export type TListFilters = z.output<typeof ZListItems>;

export type TItemListRow = {
  id: string;
  trackingNumber: string;
  title: string;
  source: string;
  stage: TStage;
  round: number;
  deadline: Date | null;
  createdAt: Date;
  leadUnit: { id: string; name: string } | null;
  resultClass: string | null;
  satisfaction: TSatisfaction | null;
  keySupervised: boolean;
  /** the clocks of this item that have lapsed (src/domain/workflow/overdue.ts) */
  overdue: TOverdueKind[];
};

/** The scope of each role's list: the committee's register, a unit's inbox, a deputy's own items, a station manager's records. */
export function listScope(actor: TActor): Prisma.ItemWhereInput {
  assertCan(actor, "item:read");
  switch (actor.role) {
    case "STAFF":
    case "LEADER":
      if (actor.committeeId) return { committeeId: actor.committeeId };
      break;
    case "UNIT":
      if (actor.unitId) return { units: { some: { unitId: actor.unitId } } };
      break;
    case "DEPUTY":
      return { sponsors: { some: { userId: actor.id } } };
    case "STATION_MANAGER":
      return { createdById: actor.id };
  }
  throw new ForbiddenError(`${actor.role} has no item list`);
}

export function overdueWhere(kind: TOverdueFilter, now: Date): Prisma.ItemWhereInput {
  const reply: Prisma.ItemWhereInput = { stage: { in: [...REPLY_CLOCK_STAGES] }, deadline: { lt: now } };
  const evaluation: Prisma.ItemWhereInput = { stage: { in: [...EVALUATION_CLOCK_STAGES] }, evaluationWindowEndsAt: { lt: now } };
  if (kind === "REPLY") return reply;
  if (kind === "EVALUATION") return evaluation;
  return { OR: [reply, evaluation] };
}

function keywordWhere(q: string | undefined): Prisma.ItemWhereInput[] {
  return searchTerms(q).map((term) => {
    const pattern = escapeLike(term);
    const like = { contains: pattern, mode: "insensitive" as const };
    const tracking = normalizeTrackingNumber(term);
    return {
      OR: [{ title: like }, { body: like }, { trackingNumber: like }, ...(tracking ? [{ trackingNumber: tracking }] : [])],
    };
  });
}

/** The role's scope AND every filter given (pagination aside). */
export function listWhere(actor: TActor, f: TListFilters, now: Date): Prisma.ItemWhereInput {
  const and: Prisma.ItemWhereInput[] = [listScope(actor)];
  if (f.stage) and.push({ stage: f.stage });
  if (f.source) and.push({ source: f.source });
  if (f.leadUnitId) and.push({ leadUnitId: f.leadUnitId });
  if (f.resultClass) and.push({ resultClass: f.resultClass });
  if (f.satisfaction) and.push({ satisfaction: f.satisfaction });
  if (f.overdue) and.push(overdueWhere(f.overdue, now));
  and.push(...keywordWhere(f.q));
  return { AND: and };
}

export const LIST_SELECT = {
  id: true,
  trackingNumber: true,
  title: true,
  source: true,
  stage: true,
  round: true,
  deadline: true,
  createdAt: true,
  resultClass: true,
  satisfaction: true,
  keySupervised: true,
  evaluationWindowEndsAt: true,
  leadUnit: { select: { id: true, name: true } },
} as const satisfies Prisma.ItemSelect;

export const LIST_ORDER: Prisma.ItemOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

type TListRowData = Prisma.ItemGetPayload<{ select: typeof LIST_SELECT }>;

export function toListRow(row: TListRowData, now: Date): TItemListRow {
  const { evaluationWindowEndsAt, ...rest } = row;
  return { ...rest, overdue: overdueKinds({ stage: row.stage, deadline: row.deadline, evaluationWindowEndsAt }, now) };
}

export async function listItems(
  actor: TActor,
  filters: TListItemsFilter = {},
  now: Date = new Date(),
): Promise<{ rows: TItemListRow[]; total: number; page: number; pageSize: number }> {
  const f = ZListItems.parse(filters);
  const where = listWhere(actor, f, now);
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.item.findMany({ where, select: LIST_SELECT, orderBy: LIST_ORDER, skip: (f.page - 1) * f.pageSize, take: f.pageSize }),
    db.item.count({ where }),
  ]);
  return { rows: rows.map((r) => toListRow(r, now)), total, page: f.page, pageSize: f.pageSize };
}

export type TUnitOption = { id: string; name: string };

/**
 * The lead units a viewer may filter by: those leading at least one item in the viewer's own scope
 * (so the list of names never reveals another unit's work).
 */
export async function listFilterUnits(actor: TActor): Promise<TUnitOption[]> {
  const scope = listScope(actor);
  // the skip scan answers exactly "units leading an item of this committee": only for a scope that says no more
  const keys = Object.keys(scope);
  if (keys.length === 1 && keys[0] === "committeeId" && typeof scope.committeeId === "string") return committeeLeadUnits(scope.committeeId);
  return getDb().handlingUnit.findMany({
    where: { leadItems: { some: scope } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/**
 * A committee's lead units by skipping through the (committeeId, leadUnitId) index one distinct
 * unit at a time: a few index probes per unit instead of reading every item of the committee
 * (15,000 items of the province's committee in the scale data: 6 ms with the visibility map set,
 * 27 ms without it → 0.7 ms either way).
 */
async function committeeLeadUnits(committeeId: string): Promise<TUnitOption[]> {
  return getDb().$queryRaw<TUnitOption[]>`
    WITH RECURSIVE lead AS (
      (SELECT i."leadUnitId" AS id FROM "Item" i WHERE i."committeeId" = ${committeeId}::uuid AND i."leadUnitId" IS NOT NULL ORDER BY i."leadUnitId" LIMIT 1)
      UNION ALL
      SELECT (SELECT i."leadUnitId" FROM "Item" i WHERE i."committeeId" = ${committeeId}::uuid AND i."leadUnitId" > lead.id ORDER BY i."leadUnitId" LIMIT 1)
      FROM lead WHERE lead.id IS NOT NULL
    )
    SELECT u."id"::text AS "id", u."name" FROM "HandlingUnit" u
    WHERE u."id" = ANY(ARRAY(SELECT lead.id FROM lead WHERE lead.id IS NOT NULL))
    ORDER BY u."name", u."id"`;
}

export type TOverdueSummary = {
  reply: number;
  evaluation: number;
  /** reply-overdue items per lead unit, most first (the escalation ranking) */
  byUnit: { unitId: string; name: string; count: number }[];
};

/**
 * The committee's overdue figures for its staff and leaders (escalation view). The unit ranking's
 * names are read only when the ranking is wanted (the register shows it while filtering by overdue).
 */
export async function overdueSummary(actor: TActor, now: Date = new Date(), opts: { ranking?: boolean } = {}): Promise<TOverdueSummary> {
  const scope = listScope(actor);
  if (actor.role !== "STAFF" && actor.role !== "LEADER") throw new ForbiddenError("the overdue ranking is for the committee");
  const db = getDb();
  const replyWhere = { AND: [scope, overdueWhere("REPLY", now)] };
  // the reply-overdue total is the sum of the per-unit groups (items without a lead unit form a group too)
  const [evaluation, groups] = await Promise.all([
    db.item.count({ where: { AND: [scope, overdueWhere("EVALUATION", now)] } }),
    db.item.groupBy({ by: ["leadUnitId"], where: replyWhere, _count: { _all: true } }),
  ]);
  const reply = groups.reduce((sum, g) => sum + g._count._all, 0);
  if (opts.ranking === false) return { reply, evaluation, byUnit: [] };
  const ids = groups.map((g) => g.leadUnitId).filter((id): id is string => id !== null);
  const names = new Map((await db.handlingUnit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const byUnit = groups
    .filter((g): g is typeof g & { leadUnitId: string } => g.leadUnitId !== null)
    .map((g) => ({ unitId: g.leadUnitId, name: names.get(g.leadUnitId) ?? "", count: g._count._all }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN"));
  return { reply, evaluation, byUnit };
}

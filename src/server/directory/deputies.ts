import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DeputyLevel, DeputyStatus, Gender, StationKind } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertCan, type TActor } from "../authz";
import { isId } from "./ids";
import { clampPage, PAGE_SIZE, toPage, type TPage } from "./paging";
import { descendantsWithin, regionPath, type TRegionTree } from "./regions";
import { regionTreeOf } from "./scope";

export type TDeputyFilters = {
  level?: DeputyLevel;
  regionId?: string;
  groupId?: string;
  stationId?: string;
  /** a substring of the name, e.g. "春" */
  q?: string;
  page?: number;
};

export type TDeputyRow = {
  id: string;
  name: string;
  gender: Gender;
  level: DeputyLevel;
  status: DeputyStatus;
  title: string | null;
  workUnit: string | null;
  regionName: string;
  committeeName: string;
};

/** A deputy as the directory shows it. No ID-card, phone or address: those come encrypted later. */
export type TDeputyDetail = TDeputyRow & {
  termNumber: number;
  delegationName: string | null;
  regionPath: string[];
  expertise: string[];
  groups: { id: string; name: string; isLeader: boolean }[];
  stations: { id: string; name: string; kind: StationKind }[];
};

const rowSelect = {
  id: true,
  name: true,
  gender: true,
  level: true,
  status: true,
  title: true,
  workUnit: true,
  region: { select: { name: true } },
  committee: { select: { name: true } },
} satisfies Prisma.DeputySelect;

const detailSelect = {
  ...rowSelect,
  regionId: true,
  termNumber: true,
  expertise: true,
  delegation: { select: { name: true } },
  groups: { select: { isLeader: true, group: { select: { id: true, name: true } } }, orderBy: { group: { name: "asc" } } },
  stations: { select: { station: { select: { id: true, name: true, kind: true } } }, orderBy: { station: { name: "asc" } } },
} satisfies Prisma.DeputySelect;

type TRowRecord = Prisma.DeputyGetPayload<{ select: typeof rowSelect }>;
type TDetailRecord = Prisma.DeputyGetPayload<{ select: typeof detailSelect }>;

/** Field by field, so that a wider select never leaks into the page (security.md #8: DTOs). */
function toRow(d: TRowRecord): TDeputyRow {
  return {
    id: d.id,
    name: d.name,
    gender: d.gender,
    level: d.level,
    status: d.status,
    title: d.title,
    workUnit: d.workUnit,
    regionName: d.region.name,
    committeeName: d.committee.name,
  };
}

/** Prisma's `contains` passes % and _ through to LIKE: escape them so they match themselves. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

async function toDetail(d: TDetailRecord): Promise<TDeputyDetail> {
  return {
    ...toRow(d),
    termNumber: d.termNumber,
    delegationName: d.delegation?.name ?? null,
    regionPath: await regionPath(d.regionId),
    expertise: d.expertise,
    groups: d.groups.map((m) => ({ id: m.group.id, name: m.group.name, isLeader: m.isLeader })),
    stations: d.stations.map((s) => s.station),
  };
}

/** The regions a deputy list may draw from: the actor's scope, narrowed to a region filter's subtree. */
function regionFilter(tree: TRegionTree, regionId: string | undefined): string[] {
  return regionId === undefined ? tree.ids : descendantsWithin(tree, regionId);
}

/** A malformed id in a filter matches nothing (it never reaches the database). */
function hasMalformedId(filters: TDeputyFilters): boolean {
  return [filters.regionId, filters.groupId, filters.stationId].some((id) => id !== undefined && !isId(id));
}

/** Deputies in the actor's region scope, filtered, sorted by name (code-point order), 20 a page. */
export async function listDeputies(actor: TActor, filters: TDeputyFilters = {}): Promise<TPage<TDeputyRow>> {
  assertCan(actor, "deputy:read");
  if (hasMalformedId(filters)) return toPage([], 0, 1, 1);
  const tree = await regionTreeOf(actor);
  const regionIds = regionFilter(tree, filters.regionId);
  if (regionIds.length === 0) return toPage([], 0, 1, 1);
  const q = filters.q?.trim();
  const where: Prisma.DeputyWhereInput = {
    regionId: { in: regionIds },
    ...(filters.level ? { level: filters.level } : {}),
    ...(q ? { name: { contains: likeLiteral(q) } } : {}),
    ...(filters.groupId ? { groups: { some: { groupId: filters.groupId } } } : {}),
    ...(filters.stationId ? { stations: { some: { stationId: filters.stationId } } } : {}),
  };
  const db = getDb();
  const total = await db.deputy.count({ where });
  const { page, pageCount, skip } = clampPage(filters.page ?? 1, total);
  const rows = await db.deputy.findMany({
    where,
    select: rowSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip,
    take: PAGE_SIZE,
  });
  return toPage(rows.map(toRow), total, page, pageCount);
}

/** One deputy in the actor's scope; outside it the deputy does not exist for them (404, not 403). */
export async function getDeputy(actor: TActor, id: string): Promise<TDeputyDetail> {
  assertCan(actor, "deputy:read");
  if (!isId(id)) throw new NotFoundError("deputy");
  const tree = await regionTreeOf(actor);
  if (tree.ids.length === 0) throw new NotFoundError("deputy");
  const deputy = await getDb().deputy.findFirst({ where: { id, regionId: { in: tree.ids } }, select: detailSelect });
  if (!deputy) throw new NotFoundError("deputy");
  return toDetail(deputy);
}

/** The signed-in deputy's own record, found by the account it is linked to; null when none is. */
export async function getOwnDeputyProfile(actor: TActor): Promise<TDeputyDetail | null> {
  assertCan(actor, "deputy:readSelf");
  if (!isId(actor.id)) return null;
  const deputy = await getDb().deputy.findUnique({ where: { userId: actor.id }, select: detailSelect });
  if (!deputy) return null;
  return toDetail(deputy);
}

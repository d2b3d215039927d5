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
import { idCardIndexes, maskedPii, phoneIndexes, type TMaskedPii } from "../deputies/pii";
import { normalizeIdCard } from "@/domain/pii/id-card";
import { normalizePhone } from "@/domain/pii/phone";

export type TDeputyFilters = {
  level?: DeputyLevel;
  regionId?: string;
  groupId?: string;
  stationId?: string;
  status?: DeputyStatus;
  /** a substring of the name, e.g. "春"; or a whole ID number or phone number (exact, by blind index) */
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
  /** masked (138****5678); the clear number only through revealDeputyPii */
  phone: string;
};

/** A deputy as the directory shows it. ID number, phone and address only masked. */
export type TDeputyDetail = TDeputyRow & {
  committeeId: string;
  pii: TMaskedPii;
  bio: string | null;
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
  phoneCipher: true,
} satisfies Prisma.DeputySelect;

const detailSelect = {
  ...rowSelect,
  regionId: true,
  committeeId: true,
  idCardCipher: true,
  addressCipher: true,
  bio: true,
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
    phone: maskedPii({ idCardCipher: null, phoneCipher: d.phoneCipher, addressCipher: null }).phone,
  };
}

/** Prisma's `contains` passes % and _ through to LIKE: escape them so they match themselves. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

async function toDetail(d: TDetailRecord): Promise<TDeputyDetail> {
  return {
    ...toRow(d),
    committeeId: d.committeeId,
    pii: maskedPii(d),
    bio: d.bio,
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

/**
 * The search box: a whole ID number or phone number is looked up exactly through its blind index
 * (the clear number is never in the database); anything else is a substring of the name.
 */
function searchWhere(raw: string | undefined): Prisma.DeputyWhereInput {
  const q = raw?.trim();
  if (!q) return {};
  const id = normalizeIdCard(q);
  if (/^\d{17}[\dX]$/.test(id)) return { idCardIndex: { in: idCardIndexes(id) } };
  const phone = /^[\d\s+()-]{7,}$/.test(q) ? normalizePhone(q) : null;
  if (phone) return { phoneIndex: { in: phoneIndexes(phone) } };
  return { name: { contains: likeLiteral(q) } };
}

/** The filter as a where clause within the actor's scope; null when nothing can match. */
export async function deputyListWhere(actor: TActor, filters: Omit<TDeputyFilters, "page">): Promise<Prisma.DeputyWhereInput | null> {
  assertCan(actor, "deputy:read");
  if (hasMalformedId(filters)) return null;
  const tree = await regionTreeOf(actor);
  const regionIds = regionFilter(tree, filters.regionId);
  if (regionIds.length === 0) return null;
  return {
    regionId: { in: regionIds },
    ...(filters.level ? { level: filters.level } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...searchWhere(filters.q),
    ...(filters.groupId ? { groups: { some: { groupId: filters.groupId } } } : {}),
    ...(filters.stationId ? { stations: { some: { stationId: filters.stationId } } } : {}),
  };
}

/** Deputies in the actor's region scope, filtered, sorted by name (code-point order), 20 a page. */
export async function listDeputies(actor: TActor, filters: TDeputyFilters = {}): Promise<TPage<TDeputyRow>> {
  const where = await deputyListWhere(actor, filters);
  if (!where) return toPage([], 0, 1, 1);
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

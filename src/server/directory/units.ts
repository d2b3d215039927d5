import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { UnitKind } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { assertCan, type TActor } from "../authz";
import { isId } from "./ids";
import { clampPage, PAGE_SIZE, toPage, type TPage } from "./paging";
import { regionPath } from "./regions";
import { regionTreeOf } from "./scope";

export type TUnitRow = { id: string; name: string; kind: UnitKind; active: boolean; regionName: string; committeeName: string };
export type TUnitDetail = TUnitRow & { regionPath: string[] };

const rowSelect = {
  id: true,
  name: true,
  kind: true,
  active: true,
  region: { select: { name: true } },
  committee: { select: { name: true } },
} satisfies Prisma.HandlingUnitSelect;

function toRow({ region, committee, ...rest }: Prisma.HandlingUnitGetPayload<{ select: typeof rowSelect }>): TUnitRow {
  return { ...rest, regionName: region.name, committeeName: committee.name };
}

/** Handling units in the actor's region subtree (STAFF, LEADER), sorted by name, 20 a page. */
export async function listUnits(actor: TActor, filters: { kind?: UnitKind; page?: number } = {}): Promise<TPage<TUnitRow>> {
  assertCan(actor, "unit:read");
  const tree = await regionTreeOf(actor);
  if (tree.ids.length === 0) return toPage([], 0, 1, 1);
  const where: Prisma.HandlingUnitWhereInput = { regionId: { in: tree.ids }, ...(filters.kind ? { kind: filters.kind } : {}) };
  const db = getDb();
  const total = await db.handlingUnit.count({ where });
  const { page, pageCount, skip } = clampPage(filters.page ?? 1, total);
  const rows = await db.handlingUnit.findMany({ where, select: rowSelect, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take: PAGE_SIZE });
  return toPage(rows.map(toRow), total, page, pageCount);
}

/** A UNIT account's own unit (from its session, never from a parameter); null when none is linked. */
export async function getOwnUnit(actor: TActor): Promise<TUnitDetail | null> {
  assertCan(actor, "unit:readOwn");
  if (!actor.unitId || !isId(actor.unitId)) return null;
  const unit = await getDb().handlingUnit.findUnique({ where: { id: actor.unitId }, select: { ...rowSelect, regionId: true } });
  if (!unit) return null;
  const { regionId, ...row } = unit;
  return { ...toRow(row), regionPath: await regionPath(regionId) };
}

import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RegionLevel } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";

export type TRegionNode = { id: string; parentId: string | null; level: RegionLevel; name: string };

/** The regions an actor may read, held in memory for filtering, paths and county roll-ups. */
export type TRegionTree = { ids: string[]; byId: ReadonlyMap<string, TRegionNode> };

export const EMPTY_TREE: TRegionTree = { ids: [], byId: new Map() };

/**
 * The roots and every region below them, in one recursive query that follows
 * `Region_parentId_idx` level by level (a province is four levels deep, ~2,000 rows at most).
 * No ICU or collation is involved, so it runs the same on PGlite and PostgreSQL.
 */
export async function regionSubtree(rootIds: readonly string[]): Promise<TRegionTree> {
  if (rootIds.length === 0) return EMPTY_TREE;
  const roots = Prisma.join(rootIds.map((id) => Prisma.sql`${id}::uuid`));
  const rows = await getDb().$queryRaw<{ id: string; parentId: string | null; level: string; name: string }[]>`
    WITH RECURSIVE sub AS (
      SELECT r."id", r."parentId", r."level", r."name" FROM "Region" r WHERE r."id" IN (${roots})
      UNION
      SELECT c."id", c."parentId", c."level", c."name" FROM "Region" c JOIN sub ON c."parentId" = sub."id"
    )
    SELECT "id"::text AS "id", "parentId"::text AS "parentId", "level"::text AS "level", "name" FROM sub`;
  const byId = new Map<string, TRegionNode>();
  for (const row of rows) {
    byId.set(row.id, { id: row.id, parentId: row.parentId, level: row.level as RegionLevel, name: row.name });
  }
  return { ids: [...byId.keys()], byId };
}

/** `regionId` and the regions below it, limited to the tree (empty when it lies outside). */
export function descendantsWithin(tree: TRegionTree, regionId: string): string[] {
  if (!tree.byId.has(regionId)) return [];
  const children = new Map<string, string[]>();
  for (const node of tree.byId.values()) {
    if (node.parentId === null) continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node.id);
    children.set(node.parentId, list);
  }
  const out: string[] = [];
  const stack = [regionId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Names from the top (province) down to the region, e.g. ["河南省", "南阳市", "唐河县"]: one upward walk. */
export async function regionPath(regionId: string): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ name: string; depth: number }[]>`
    WITH RECURSIVE up AS (
      SELECT r."id", r."parentId", r."name", 0 AS depth FROM "Region" r WHERE r."id" = ${regionId}::uuid
      UNION ALL
      SELECT p."id", p."parentId", p."name", up.depth + 1 FROM "Region" p JOIN up ON p."id" = up."parentId"
      WHERE up.depth < 8
    )
    SELECT "name", depth FROM up ORDER BY depth DESC`;
  return rows.map((r) => r.name);
}

/** The county a region belongs to (itself when it is a county or above, or when none is in the tree). */
export function countyWithin(tree: TRegionTree, regionId: string): TRegionNode | undefined {
  const start = tree.byId.get(regionId);
  for (let node = start; node; node = node.parentId ? tree.byId.get(node.parentId) : undefined) {
    if (node.level !== "TOWNSHIP") return node;
  }
  return start;
}

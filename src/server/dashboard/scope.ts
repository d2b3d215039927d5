import "server-only";
import type { TDeputyLevel } from "@/domain/dashboard/levels";
import { FILTER_REGION_LEVELS } from "@/domain/dashboard/levels";
import { assertCan, type TActor } from "../authz";
import { descendantsWithin, type TRegionNode, type TRegionTree } from "../directory/regions";
import { regionTreeOf } from "../directory/scope";
import { ForbiddenError } from "../errors";

/**
 * Who may see which figures: STAFF and LEADER (dashboard:view) see their standing committee's
 * region and everything below it — the same scope as the directory (src/server/directory/scope.ts).
 * Items count in the region of the committee they were raised to. A region filter outside the
 * scope is refused (ForbiddenError), never widened.
 */
export type TDashboardScope = {
  /** the viewer's own region (the root of the scope) */
  rootId: string;
  /** the region the figures are for: the filter, or the root */
  regionId: string;
  region: TRegionNode;
  /** regions offered by the region filter, root first, each followed by its children (depth for indenting) */
  regionOptions: (TRegionNode & { depth: number })[];
  /** the selected region's children (deputies by region) */
  children: TRegionNode[];
  year: number | null;
  level: TDeputyLevel | null;
  tree: TRegionTree;
};

export type TScopeFilters = { year?: number; region?: string; level?: TDeputyLevel };

export async function dashboardScope(actor: TActor, filters: TScopeFilters): Promise<TDashboardScope> {
  assertCan(actor, "dashboard:view");
  const tree = await regionTreeOf(actor);
  const root = [...tree.byId.values()].find((n) => n.parentId === null || !tree.byId.has(n.parentId));
  if (!root) throw new ForbiddenError("no region scope");
  const regionId = filters.region ?? root.id;
  const region = tree.byId.get(regionId);
  if (!region) throw new ForbiddenError("region outside the scope");
  const nodes = [...tree.byId.values()];
  const byName = (a: TRegionNode, b: TRegionNode) => a.name.localeCompare(b.name, "zh-CN") || a.id.localeCompare(b.id);
  const childrenOf = new Map<string, TRegionNode[]>();
  for (const n of nodes) if (n.parentId && FILTER_REGION_LEVELS.includes(n.level)) childrenOf.set(n.parentId, [...(childrenOf.get(n.parentId) ?? []), n]);
  const regionOptions: (TRegionNode & { depth: number })[] = [];
  const walk = (n: TRegionNode, depth: number) => {
    regionOptions.push({ ...n, depth });
    for (const c of (childrenOf.get(n.id) ?? []).sort(byName)) walk(c, depth + 1);
  };
  walk(root, 0);
  return {
    rootId: root.id,
    regionId,
    region,
    regionOptions,
    children: nodes.filter((n) => n.parentId === regionId).sort(byName),
    year: filters.year ?? null,
    level: filters.level ?? null,
    tree,
  };
}

/** The selected region and every region below it (for the drill-down lists). */
export function scopeRegionIds(scope: TDashboardScope): string[] {
  return descendantsWithin(scope.tree, scope.regionId);
}

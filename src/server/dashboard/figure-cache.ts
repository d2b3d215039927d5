import "server-only";
import { LRUCache } from "lru-cache";
import type { TFigureGroup } from "./providers/types";
import type { TDashboardScope } from "./scope";

/**
 * The dashboard's figures for one view (region, year, level), kept in this process until the next
 * refresh. The figures only change when a refresh commits (refresh.ts writes them and
 * DashboardRefresh in one transaction), so the refresh's version (refresh.ts refreshState), read
 * before the figures, is part of the key: the first view after a refresh misses and reads them
 * again, and a view never gets figures older than the refresh it names. Concurrent misses for one
 * key share one read (lru-cache's fetch). Who may see a region is checked before (dashboardScope),
 * never cached here.
 *
 * Measured at province scale (bench/RESULTS.md, run 6): the figure reads cost PostgreSQL ~120 ms
 * of CPU per dashboard view (overdue ranking 44 ms, the year list 29 ms, the counts 10–20 ms),
 * which capped the dashboard at ~13 views a second on two cores.
 */
export type TFigureData = { years: number[]; groups: TFigureGroup[] };

type TContext = { load: () => Promise<TFigureData> };

const cache = new LRUCache<string, TFigureData, TContext>({
  max: 200, // views (region × year × level) kept; each is a few KB
  ttl: 10 * 60_000, // a view not seen since the last refreshes goes away by itself
  fetchMethod: (_key, _stale, { context }) => context.load(),
});

/** everything the figures depend on: the refresh, the viewer's root region (the year list), the filters */
export function figureKey(scope: Pick<TDashboardScope, "rootId" | "regionId" | "year" | "level">, refreshVersion: string): string {
  return [refreshVersion, scope.rootId, scope.regionId, scope.year ?? "all", scope.level ?? "all"].join("|");
}

export async function cachedFigures(key: string, load: () => Promise<TFigureData>): Promise<TFigureData> {
  const data = await cache.fetch(key, { context: { load } });
  if (!data) throw new Error("dashboard figures: the load returned nothing");
  return data;
}

import "server-only";
import { after } from "next/server";
import { BACKGROUND_AFTER_MS, freshnessOf } from "@/domain/dashboard/freshness";
import type { TActor } from "../authz";
import { figureCounts, figureYears } from "./counts";
import { cachedFigures, figureKey, type TFigureData } from "./figure-cache";
import { deputiesProvider } from "./providers/deputies";
import { loopProvider } from "./providers/loop";
import { dutyProvider, groupsProvider, stationsProvider, trainingProvider } from "./providers/activity";
import type { TFigureGroup, TFigureProvider } from "./providers/types";
import { refreshDashboard, refreshState, type TRefreshState } from "./refresh";
import { dashboardScope, type TDashboardScope, type TScopeFilters } from "./scope";

/** The providers, in the page's order. A merged feature adds its module here. */
export const PROVIDERS: readonly TFigureProvider[] = [
  loopProvider,
  deputiesProvider,
  dutyProvider,
  stationsProvider,
  groupsProvider,
  trainingProvider,
];

let backgroundRefresh = false;

/**
 * Makes sure the figures are fresh enough (domain/dashboard/freshness.ts): refreshes first when
 * they are too old, or after the response when they are getting old. Returns the refresh the
 * figures come from (its instant and version).
 */
export async function ensureFresh(now: Date = new Date()): Promise<TRefreshState> {
  const state = await refreshState();
  const freshness = freshnessOf(state?.refreshedAt ?? null, now);
  if (freshness === "sync" || !state) {
    await refreshDashboard({ wait: true, unlessYoungerThanMs: BACKGROUND_AFTER_MS });
    return (await refreshState()) ?? { refreshedAt: now, version: `none|${now.toISOString()}` };
  }
  if (freshness === "background" && !backgroundRefresh) {
    // one background refresh per process at a time: while it runs (seconds at province scale) the
    // other views need not each open a transaction to find the lock taken
    backgroundRefresh = true;
    after(async () => {
      await refreshDashboard({ unlessYoungerThanMs: BACKGROUND_AFTER_MS })
        .catch((e: unknown) => console.error("[dashboard] refresh failed", e))
        .finally(() => (backgroundRefresh = false));
    });
  }
  return state;
}

export type TDashboard = { scope: TDashboardScope; refreshedAt: Date; years: number[]; groups: TFigureGroup[] };

/** The figures of one view, read once per refresh (figure-cache.ts) — the scope is checked before. */
export async function dashboardFigures(scope: TDashboardScope, refresh: TRefreshState): Promise<TFigureData> {
  return cachedFigures(figureKey(scope, refresh.version), async () => {
    const [counts, years] = await Promise.all([figureCounts(scope), figureYears(scope.rootId)]);
    return { years, groups: await Promise.all(PROVIDERS.map((p) => p.load({ scope, counts }))) };
  });
}

export async function getDashboard(actor: TActor, filters: TScopeFilters): Promise<TDashboard> {
  const scope = await dashboardScope(actor, filters);
  const refresh = await ensureFresh();
  const { years, groups } = await dashboardFigures(scope, refresh);
  return { scope, refreshedAt: refresh.refreshedAt, years, groups };
}

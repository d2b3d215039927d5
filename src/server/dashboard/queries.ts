import "server-only";
import { after } from "next/server";
import { BACKGROUND_AFTER_MS, freshnessOf } from "@/domain/dashboard/freshness";
import type { TActor } from "../authz";
import { figureCounts, figureYears } from "./counts";
import { deputiesProvider } from "./providers/deputies";
import { loopProvider } from "./providers/loop";
import { dutyProvider, groupsProvider, stationsProvider, trainingProvider } from "./providers/activity";
import type { TFigureGroup, TFigureProvider } from "./providers/types";
import { lastRefresh, refreshDashboard } from "./refresh";
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

/**
 * Makes sure the figures are fresh enough (domain/dashboard/freshness.ts): refreshes first when
 * they are too old, or after the response when they are getting old. Returns the refresh instant.
 */
export async function ensureFresh(now: Date = new Date()): Promise<Date> {
  const at = await lastRefresh();
  const freshness = freshnessOf(at, now);
  if (freshness === "sync") {
    await refreshDashboard({ wait: true, unlessYoungerThanMs: BACKGROUND_AFTER_MS });
    return (await lastRefresh()) ?? now;
  }
  if (freshness === "background") {
    after(async () => {
      await refreshDashboard({ unlessYoungerThanMs: BACKGROUND_AFTER_MS }).catch((e: unknown) => console.error("[dashboard] refresh failed", e));
    });
  }
  return at as Date;
}

export type TDashboard = { scope: TDashboardScope; refreshedAt: Date; years: number[]; groups: TFigureGroup[] };

export async function getDashboard(actor: TActor, filters: TScopeFilters): Promise<TDashboard> {
  const scope = await dashboardScope(actor, filters);
  const refreshedAt = await ensureFresh();
  const [counts, years] = await Promise.all([figureCounts(scope), figureYears(scope.rootId)]);
  const groups = await Promise.all(PROVIDERS.map((p) => p.load({ scope, counts })));
  return { scope, refreshedAt, years, groups };
}

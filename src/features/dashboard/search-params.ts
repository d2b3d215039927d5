import { z } from "zod";
import { FIGURE_IDS } from "@/domain/dashboard/figures";
import { DEPUTY_LEVELS } from "@/domain/dashboard/levels";

/**
 * GET parameters of the dashboard and its drill-down lists. Each one is checked on its own and a
 * bad value falls back to its default (never a 500); the server checks the region against the
 * viewer's scope and the key against the figure.
 */
export type TSearchParams = Record<string, string | string[] | undefined>;

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown): unknown => {
  const s = first(v);
  return typeof s === "string" && s.trim() === "" ? undefined : s;
};

export const ZDashboardFilters = z.object({
  year: z.preprocess(blank, z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
  region: z.preprocess(blank, z.guid().optional()).catch(undefined),
  level: z.preprocess(blank, z.enum(DEPUTY_LEVELS).optional()).catch(undefined),
});
export type TDashboardFilters = z.output<typeof ZDashboardFilters>;

export const ZDrillSearch = ZDashboardFilters.extend({
  figure: z.preprocess(blank, z.enum(FIGURE_IDS as unknown as [string, ...string[]]).optional()).catch(undefined),
  key: z.preprocess(blank, z.string().max(64).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});
export type TDrillSearch = z.output<typeof ZDrillSearch>;

/** The query string of a filter set (empty values left out), for links that keep the filters. */
export function filterParams(f: TDashboardFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.year !== undefined) out.year = String(f.year);
  if (f.region) out.region = f.region;
  if (f.level) out.level = f.level;
  return out;
}

export function drillHref(f: TDashboardFilters, figure: string, key: string): string {
  const q = new URLSearchParams({ figure, key, ...filterParams(f) });
  return `/dashboard/list?${q.toString()}`;
}

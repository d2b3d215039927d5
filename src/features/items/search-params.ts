import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/domain/keyword-search";
import { TRACKING_SOURCES, type TTrackingSource } from "@/domain/tracking-number";
import { DEFAULT_WORKFLOW_CONFIG } from "@/domain/workflow/facts";
import { OVERDUE_FILTERS } from "@/domain/workflow/overdue";
import { SATISFACTIONS, STAGES } from "@/domain/workflow/stages";

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown): unknown => {
  const s = first(v);
  return typeof s === "string" && s.trim() === "" ? undefined : s;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional()).catch(undefined);

/**
 * GET filters of the item lists and their export, all in the URL (bookmarkable, shareable, no JS):
 *   stage, source, unit (lead unit id), class (result class), satisfaction, overdue (ANY|REPLY|EVALUATION),
 *   q (keywords), page.
 * Each bad value falls back to "no filter" (never a 500); the server parses again, strictly.
 */
export const ZItemSearch = z.object({
  stage: optional(z.enum(STAGES)),
  source: optional(z.enum(TRACKING_SOURCES as [TTrackingSource, ...TTrackingSource[]])),
  unit: optional(z.uuid()),
  class: optional(z.string().refine((c) => DEFAULT_WORKFLOW_CONFIG.resultClasses.includes(c))),
  satisfaction: optional(z.enum(SATISFACTIONS)),
  overdue: optional(z.enum(OVERDUE_FILTERS)),
  // a long query is cut, not refused: the list still answers
  q: z.preprocess(blank, z.string().transform((s) => s.trim().slice(0, MAX_QUERY_LENGTH)).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});
export type TItemSearch = z.output<typeof ZItemSearch>;

/** The server's filter (src/server/items/list.ts ZListItems) from the URL's. */
export function toListFilter(s: TItemSearch) {
  return {
    stage: s.stage,
    source: s.source,
    leadUnitId: s.unit,
    resultClass: s.class,
    satisfaction: s.satisfaction,
    overdue: s.overdue,
    q: s.q,
    page: s.page,
  };
}

/** The filters as query parameters (without the page), to carry into pagination and the export link. */
export function filterParams(s: TItemSearch): Record<string, string | undefined> {
  return { stage: s.stage, source: s.source, unit: s.unit, class: s.class, satisfaction: s.satisfaction, overdue: s.overdue, q: s.q };
}

export function hasFilters(s: TItemSearch): boolean {
  return Object.values(filterParams(s)).some((v) => v !== undefined);
}

/** `/path?stage=…&q=…` with only the filters that are set. */
export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, v);
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}

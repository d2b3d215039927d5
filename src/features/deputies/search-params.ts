import { z } from "zod";
import { DEPUTY_STATUSES } from "@/domain/roster/fields";
import { ZDeputySearch, parseSearch, type TSearchParams } from "@/features/directory/search-params";
import type { TDeputyFilters } from "@/server/directory/deputies";

/**
 * The register list's GET parameters: the directory's (name, level, region, group, station, page)
 * plus status. A bad value falls back to the default, never a 500. The search box also takes a
 * whole ID number or phone number (matched exactly through the blind index).
 */
const blank = (v: unknown) => (Array.isArray(v) ? v[0] : v) === "" ? undefined : Array.isArray(v) ? v[0] : v;

export const ZRegisterSearch = ZDeputySearch.extend({
  status: z.preprocess(blank, z.enum(DEPUTY_STATUSES).optional()).catch(undefined),
});
export type TRegisterSearch = z.infer<typeof ZRegisterSearch>;

export function parseDeputySearch(params: TSearchParams): TRegisterSearch {
  return parseSearch(ZRegisterSearch, params);
}

export function toFilters(s: TRegisterSearch): TDeputyFilters {
  return { q: s.q, level: s.level, regionId: s.region, groupId: s.group, stationId: s.station, status: s.status, page: s.page };
}

/** The list's search as a query string (for the export link and pagination). */
export function searchQuery(s: TRegisterSearch): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v !== undefined && k !== "page") params.set(k, String(v));
  return params.toString();
}

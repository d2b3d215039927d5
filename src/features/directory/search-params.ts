import { z } from "zod";
import { DEPUTY_LEVELS, STATION_KINDS, UNIT_KINDS } from "@/domain/vocabulary";
import type { TDeputyFilters } from "@/server/directory/deputies";

/**
 * GET parameters of the directory pages. A list page is a bookmarkable search, not a command: each
 * parameter is checked on its own and a bad value (unknown level, malformed id, page "abc", a
 * 10,000-character name) is dropped and replaced by the default, never a 500. Unknown parameters are
 * ignored for the same reason (server actions, by contrast, use `.strict()`).
 */
export type TSearchParams = Record<string, string | string[] | undefined>;

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown): unknown => {
  const v = first(value);
  return typeof v === "string" && v.trim() === "" ? undefined : v;
};

const ZPage = z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1);
const ZId = z.preprocess(blankToUndefined, z.guid().optional()).catch(undefined);
/** A name fragment: at most 30 characters (names are short); longer input is ignored. */
const ZName = z.preprocess(blankToUndefined, z.string().trim().max(30).optional()).catch(undefined);
const enumParam = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values).optional()).catch(undefined);

export const ZDeputySearch = z.object({
  q: ZName,
  level: enumParam(DEPUTY_LEVELS),
  region: ZId,
  group: ZId,
  station: ZId,
  page: ZPage,
});
export type TDeputySearch = z.infer<typeof ZDeputySearch>;

export const ZStationSearch = z.object({ kind: enumParam(STATION_KINDS), page: ZPage });
export const ZUnitSearch = z.object({ kind: enumParam(UNIT_KINDS), page: ZPage });
export const ZPageSearch = z.object({ page: ZPage });

/** Parses; cannot throw (every field has a fallback). */
export function parseSearch<T extends z.ZodType>(schema: T, params: TSearchParams): z.output<T> {
  return schema.parse(params);
}

/** The filters a deputy search asks the server for. */
export function toDeputyFilters(s: TDeputySearch): TDeputyFilters {
  return { q: s.q, level: s.level, regionId: s.region, groupId: s.group, stationId: s.station, page: s.page };
}

/** The filters that pagination links carry over (`page` itself is set by the links). */
export function pageParams(search: Record<string, string | number | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(search)) {
    if (key !== "page" && value !== undefined) out[key] = String(value);
  }
  return out;
}

/**
 * The congress level of a standing committee follows the level of its region: a province's
 * congress elects provincial deputies, a city's (设区的市) prefectural ones, and so on. The dashboard's
 * level filter means the same for items (the level of the congress they were raised to) and for
 * deputies (their own level).
 */
export const DEPUTY_LEVELS = ["NATIONAL", "PROVINCIAL", "PREFECTURAL", "COUNTY", "TOWNSHIP"] as const;
export type TDeputyLevel = (typeof DEPUTY_LEVELS)[number];

export const REGION_LEVELS = ["PROVINCE", "CITY", "COUNTY", "TOWNSHIP"] as const;
export type TRegionLevel = (typeof REGION_LEVELS)[number];

export const CONGRESS_LEVEL_OF: Readonly<Record<TRegionLevel, TDeputyLevel>> = {
  PROVINCE: "PROVINCIAL",
  CITY: "PREFECTURAL",
  COUNTY: "COUNTY",
  TOWNSHIP: "TOWNSHIP",
};

/** Regions offered by the region filter: down to counties (townships are too many for a list). */
export const FILTER_REGION_LEVELS: readonly TRegionLevel[] = ["PROVINCE", "CITY", "COUNTY"];

import "server-only";
import type { RegionLevel } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { assertCan, type TActor } from "../authz";
import { regionTreeOf } from "./scope";

export type TOption = { id: string; name: string };
export type TDeputyFilterOptions = {
  regions: (TOption & { level: RegionLevel })[];
  groups: TOption[];
  stations: TOption[];
};

const LEVEL_ORDER: Record<RegionLevel, number> = { PROVINCE: 0, CITY: 1, COUNTY: 2, TOWNSHIP: 3 };
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A select stays usable up to a few hundred options. */
const MAX_REGION_OPTIONS = 300;

/**
 * Choices for the deputy filters, all within the actor's scope. Every region of a small scope (a
 * county and its townships); for a large one (a province) down to county level only — a township
 * is still accepted as ?region=, it is just not listed.
 */
export async function deputyFilterOptions(actor: TActor): Promise<TDeputyFilterOptions> {
  assertCan(actor, "deputy:read");
  const tree = await regionTreeOf(actor);
  if (tree.ids.length === 0) return { regions: [], groups: [], stations: [] };
  const all = [...tree.byId.values()];
  const regions = (all.length <= MAX_REGION_OPTIONS ? all : all.filter((r) => r.level !== "TOWNSHIP"))
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || byName(a, b))
    .slice(0, MAX_REGION_OPTIONS)
    .map(({ id, name, level }) => ({ id, name, level }));
  const db = getDb();
  const [groups, stations] = await Promise.all([
    db.professionalGroup.findMany({
      where: { committee: { regionId: { in: tree.ids } } },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 300,
    }),
    db.liaisonStation.findMany({
      where: { regionId: { in: tree.ids } },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
    }),
  ]);
  return { regions, groups, stations };
}

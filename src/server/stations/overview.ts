import "server-only";
import { groupNetwork, type TNetwork } from "@/domain/stations/network";
import type { TStationKind } from "@/domain/vocabulary";
import { assertCan, type TActor } from "@/server/authz";
import { getDb } from "@/server/db";
import { countyWithin } from "@/server/directory/regions";
import { regionTreeOf } from "@/server/directory/scope";

export type TNetworkStation = { id: string; name: string; kind: TStationKind; active: boolean; theme: string | null; regionName: string; deputyCount: number };
export type TCountyNetwork = { regionId: string; regionName: string; network: TNetwork<TNetworkStation> };

/**
 * The "16+1+N" overview: every county (or city, for stations set up at city level) in the actor's
 * region scope with its stations grouped as township stations + contact points + specialty and
 * industry stations.
 */
export async function stationNetworks(actor: TActor): Promise<TCountyNetwork[]> {
  assertCan(actor, "station:read");
  const tree = await regionTreeOf(actor);
  if (tree.ids.length === 0) return [];
  const rows = await getDb().liaisonStation.findMany({
    where: { regionId: { in: tree.ids } },
    select: { id: true, name: true, kind: true, active: true, theme: true, regionId: true, region: { select: { name: true } }, _count: { select: { deputies: true } } },
  });
  const byCounty = new Map<string, { name: string; stations: TNetworkStation[] }>();
  for (const r of rows) {
    const county = countyWithin(tree, r.regionId);
    if (!county) continue;
    const entry = byCounty.get(county.id) ?? { name: county.name, stations: [] };
    entry.stations.push({ id: r.id, name: r.name, kind: r.kind, active: r.active, theme: r.theme, regionName: r.region.name, deputyCount: r._count.deputies });
    byCounty.set(county.id, entry);
  }
  return [...byCounty.entries()]
    .map(([regionId, e]) => ({ regionId, regionName: e.name, network: groupNetwork(e.stations) }))
    .sort((a, b) => b.network.township.length - a.network.township.length || (a.regionName < b.regionName ? -1 : 1));
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DeputyLevel, RegionLevel, StationKind } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertCan, type TActor } from "../authz";
import { isId } from "./ids";
import { clampPage, PAGE_SIZE, toPage, type TPage } from "./paging";
import { countyWithin, regionPath, regionSubtree, type TRegionTree } from "./regions";
import { regionTreeOf } from "./scope";

export type TStationRow = {
  id: string;
  name: string;
  kind: StationKind;
  theme: string | null;
  active: boolean;
  regionName: string;
  deputyCount: number;
};

export type TStationDetail = Omit<TStationRow, "deputyCount"> & {
  address: string | null;
  regionPath: string[];
  managerName: string | null;
  deputies: { id: string; name: string; level: DeputyLevel }[];
};

/** Station counts of one county (or of a city for stations set up at city level): "16+1+N". */
export type TStationSummary = {
  regionId: string;
  regionName: string;
  regionLevel: RegionLevel;
  counts: Record<StationKind, number>;
};

const rowSelect = {
  id: true,
  name: true,
  kind: true,
  theme: true,
  active: true,
  region: { select: { name: true } },
  _count: { select: { deputies: true } },
} satisfies Prisma.LiaisonStationSelect;

const detailSelect = {
  id: true,
  name: true,
  kind: true,
  theme: true,
  active: true,
  address: true,
  regionId: true,
  region: { select: { name: true } },
  manager: { select: { displayName: true } },
  deputies: {
    select: { deputy: { select: { id: true, name: true, level: true } } },
    orderBy: [{ deputy: { name: "asc" } }, { deputyId: "asc" }],
  },
} satisfies Prisma.LiaisonStationSelect;

/**
 * Which stations an actor may read: STAFF, LEADER (and DEPUTY, within the committee they were
 * elected to) by region; a STATION_MANAGER only the stations they manage. Null = none.
 */
async function stationScope(actor: TActor): Promise<{ where: Prisma.LiaisonStationWhereInput; tree: TRegionTree } | null> {
  if (actor.role === "STATION_MANAGER") {
    const managed = await getDb().liaisonStation.findMany({ where: { managerId: actor.id }, select: { regionId: true } });
    const tree = await regionSubtree([...new Set(managed.map((s) => s.regionId))]);
    return { where: { managerId: actor.id }, tree };
  }
  const tree = await regionTreeOf(actor);
  return tree.ids.length === 0 ? null : { where: { regionId: { in: tree.ids } }, tree };
}

export async function listStations(
  actor: TActor,
  filters: { kind?: StationKind; page?: number } = {},
): Promise<TPage<TStationRow>> {
  assertCan(actor, "station:read");
  const scope = await stationScope(actor);
  if (!scope) return toPage([], 0, 1, 1);
  const where: Prisma.LiaisonStationWhereInput = { ...scope.where, ...(filters.kind ? { kind: filters.kind } : {}) };
  const db = getDb();
  const total = await db.liaisonStation.count({ where });
  const { page, pageCount, skip } = clampPage(filters.page ?? 1, total);
  const rows = await db.liaisonStation.findMany({
    where,
    select: rowSelect,
    // enum order: township stations, contact points, specialty, industry
    orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
    skip,
    take: PAGE_SIZE,
  });
  const items = rows.map(({ region, _count, ...rest }) => ({ ...rest, regionName: region.name, deputyCount: _count.deputies }));
  return toPage(items, total, page, pageCount);
}

/** Counts by kind, rolled up to each county in scope (a county reads "16+1+N"). */
export async function summarizeStations(actor: TActor): Promise<TStationSummary[]> {
  assertCan(actor, "station:read");
  const scope = await stationScope(actor);
  if (!scope) return [];
  const groups = await getDb().liaisonStation.groupBy({ by: ["regionId", "kind"], where: scope.where, _count: { _all: true } });
  const byCounty = new Map<string, TStationSummary>();
  for (const g of groups) {
    const county = countyWithin(scope.tree, g.regionId);
    if (!county) continue;
    const summary = byCounty.get(county.id) ?? {
      regionId: county.id,
      regionName: county.name,
      regionLevel: county.level,
      counts: { TOWNSHIP: 0, CONTACT_POINT: 0, SPECIALTY: 0, INDUSTRY: 0 },
    };
    summary.counts[g.kind] += g._count._all;
    byCounty.set(county.id, summary);
  }
  const levelOrder: Record<RegionLevel, number> = { PROVINCE: 0, CITY: 1, COUNTY: 2, TOWNSHIP: 3 };
  return [...byCounty.values()].sort(
    (a, b) => levelOrder[a.regionLevel] - levelOrder[b.regionLevel] || (a.regionName < b.regionName ? -1 : a.regionName > b.regionName ? 1 : 0),
  );
}

type TDetailRecord = Prisma.LiaisonStationGetPayload<{ select: typeof detailSelect }>;

async function toDetail(s: TDetailRecord): Promise<TStationDetail> {
  const { region, manager, deputies, regionId, ...rest } = s;
  return {
    ...rest,
    regionName: region.name,
    regionPath: await regionPath(regionId),
    managerName: manager?.displayName ?? null,
    deputies: deputies.map((d) => d.deputy),
  };
}

/** One station in the actor's scope, with the deputies on duty; outside the scope → NotFoundError. */
export async function getStation(actor: TActor, id: string): Promise<TStationDetail> {
  assertCan(actor, "station:read");
  if (!isId(id)) throw new NotFoundError("station");
  const scope = await stationScope(actor);
  if (!scope) throw new NotFoundError("station");
  const station = await getDb().liaisonStation.findFirst({ where: { AND: [{ id }, scope.where] }, select: detailSelect });
  if (!station) throw new NotFoundError("station");
  return toDetail(station);
}

/** The stations a STATION_MANAGER runs (managerId = their account), with the deputies on duty. */
export async function listManagedStations(actor: TActor): Promise<TStationDetail[]> {
  assertCan(actor, "station:manageOwn");
  const stations = await getDb().liaisonStation.findMany({
    where: { managerId: actor.id },
    select: detailSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return Promise.all(stations.map(toDetail));
}

import "server-only";
import { assertCan, type TActor } from "@/server/authz";
import { getDb } from "@/server/db";
import { regionTreeOf } from "@/server/directory/scope";
import { ForbiddenError } from "@/server/errors";
import { committeeForRegion, stationToRun } from "./access";

/** Choices the station forms offer; every one is checked again by the command that receives it. */
export type TOption = { id: string; label: string };

/** Regions in the staff member's committee subtree (for a new station), county level first. */
export async function regionOptions(actor: TActor): Promise<TOption[]> {
  assertCan(actor, "station:write");
  const tree = await regionTreeOf(actor);
  const order = { PROVINCE: 0, CITY: 1, COUNTY: 2, TOWNSHIP: 3 } as const;
  return [...tree.byId.values()]
    .sort((a, b) => order[a.level] - order[b.level] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((r) => ({ id: r.id, label: r.name }));
}

export async function managerOptions(actor: TActor): Promise<TOption[]> {
  assertCan(actor, "station:write");
  const users = await getDb().user.findMany({ where: { role: "STATION_MANAGER", active: true }, select: { id: true, displayName: true, username: true }, orderBy: { username: "asc" } });
  return users.map((u) => ({ id: u.id, label: `${u.displayName}（${u.username}）` }));
}

/** Active deputies elected in the region subtree of the committee that runs the station (at most 500). */
export async function deputyOptionsForStation(actor: TActor, stationId: string): Promise<TOption[]> {
  const station = await stationToRun(actor, stationId);
  const committeeId = await committeeForRegion(getDb(), station.regionId);
  return committeeId ? deputyOptionsForCommittee(committeeId) : [];
}

export async function deputyOptionsForCommittee(committeeId: string): Promise<TOption[]> {
  const committee = await getDb().standingCommittee.findUnique({ where: { id: committeeId }, select: { regionId: true } });
  if (!committee) return [];
  const rows = await getDb().$queryRaw<{ id: string; name: string; region: string }[]>`
    WITH RECURSIVE sub AS (
      SELECT r."id" FROM "Region" r WHERE r."id" = ${committee.regionId}::uuid
      UNION SELECT c."id" FROM "Region" c JOIN sub ON c."parentId" = sub."id"
    )
    SELECT d."id"::text AS "id", d."name", r."name" AS "region" FROM "Deputy" d JOIN "Region" r ON r."id" = d."regionId"
    WHERE d."status" = 'ACTIVE' AND d."regionId" IN (SELECT "id" FROM sub) ORDER BY d."name", d."id" LIMIT 500`;
  return rows.map((d) => ({ id: d.id, label: `${d.name}（${d.region}）` }));
}

/** The deputies on duty at the station (reception days name only these). */
export async function stationDeputyOptions(actor: TActor, stationId: string): Promise<TOption[]> {
  const station = await stationToRun(actor, stationId);
  const rows = await getDb().stationDeputy.findMany({ where: { stationId: station.id }, select: { deputy: { select: { id: true, name: true } } }, orderBy: { deputy: { name: "asc" } } });
  return rows.map((r) => ({ id: r.deputy.id, label: r.deputy.name }));
}

/** Active handling units of the committee that runs the station (代表·局长面对面). */
export async function unitOptionsForStation(actor: TActor, stationId: string): Promise<TOption[]> {
  const station = await stationToRun(actor, stationId);
  const committeeId = await committeeForRegion(getDb(), station.regionId);
  if (!committeeId) throw new ForbiddenError("no committee");
  const units = await getDb().handlingUnit.findMany({ where: { committeeId, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return units.map((u) => ({ id: u.id, label: u.name }));
}

/** The current values of a station's editable fields (the edit form). */
export async function stationForEdit(actor: TActor, stationId: string) {
  const station = await stationToRun(actor, stationId);
  const row = await getDb().liaisonStation.findUniqueOrThrow({
    where: { id: station.id },
    select: { id: true, name: true, kind: true, regionId: true, theme: true, address: true, managerId: true, active: true, deputies: { select: { deputyId: true } } },
  });
  return { ...row, deputyIds: row.deputies.map((d) => d.deputyId) };
}

import "server-only";
import type { StationKind } from "@/generated/prisma/enums";
import { can } from "@/domain/permissions";
import { owningCommitteeId } from "@/domain/stations/network";
import { isId } from "@/server/directory/ids";
import type { TDb, TTx } from "@/server/db";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import type { TActor } from "../authz";

/** What a command needs to know about the station it writes to. */
export type TStationRef = { id: string; name: string; kind: StationKind; regionId: string; managerId: string | null; active: boolean };

const REF_SELECT = { id: true, name: true, kind: true, regionId: true, managerId: true, active: true } as const;

/**
 * The station an actor may run (security.md #7): STAFF any station in their committee's region
 * subtree, a STATION_MANAGER only a station whose manager they are. Any other role is refused; a
 * station outside the actor's reach does not exist for them (NotFoundError, no probing by id).
 */
export async function stationToRun(actor: TActor, stationId: unknown, db: TDb | TTx = getDb()): Promise<TStationRef> {
  if (!can(actor.role, "station:write") && !can(actor.role, "station:manageOwn")) throw new ForbiddenError(`${actor.role} runs no station`);
  if (!isId(stationId)) throw new NotFoundError("station");
  const station = await db.liaisonStation.findUnique({ where: { id: stationId }, select: REF_SELECT });
  if (!station) throw new NotFoundError("station");
  if (actor.role === "STATION_MANAGER") {
    if (station.managerId !== actor.id) throw new NotFoundError("station");
    return station;
  }
  if (!(await staffRegionIds(db, actor)).has(station.regionId)) throw new NotFoundError("station");
  return station;
}

/** True when the actor may run this station (for pages deciding which forms to show). */
export async function mayRunStation(actor: TActor, stationId: string): Promise<boolean> {
  try {
    await stationToRun(actor, stationId);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return false;
    throw error;
  }
}

/**
 * The standing committee whose 代表工委 runs the region's stations and receives what is raised
 * there: one upward walk joined with the committees (see owningCommitteeId).
 */
export async function committeeForRegion(db: TDb | TTx, regionId: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ level: string; committeeId: string | null; depth: number }[]>`
    WITH RECURSIVE up AS (
      SELECT r."id", r."parentId", r."level", 0 AS depth FROM "Region" r WHERE r."id" = ${regionId}::uuid
      UNION ALL
      SELECT p."id", p."parentId", p."level", up.depth + 1 FROM "Region" p JOIN up ON p."id" = up."parentId" WHERE up.depth < 8
    )
    SELECT up."level"::text AS "level", c."id"::text AS "committeeId", up.depth FROM up
    LEFT JOIN "StandingCommittee" c ON c."regionId" = up."id" ORDER BY up.depth`;
  return owningCommitteeId(rows);
}

/** Deputies who may be named at a station of this committee: active deputies elected in its region subtree. */
export async function eligibleDeputyIds(db: TDb | TTx, committeeId: string, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return true;
  if (new Set(ids).size !== ids.length || !ids.every(isId)) return false;
  const committee = await db.standingCommittee.findUnique({ where: { id: committeeId }, select: { regionId: true } });
  if (!committee) return false;
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    WITH RECURSIVE sub AS (
      SELECT r."id" FROM "Region" r WHERE r."id" = ${committee.regionId}::uuid
      UNION SELECT c."id" FROM "Region" c JOIN sub ON c."parentId" = sub."id"
    )
    SELECT count(*) AS n FROM "Deputy" d WHERE d."id" = ANY(${[...ids]}::uuid[]) AND d."status" = 'ACTIVE' AND d."regionId" IN (SELECT "id" FROM sub)`;
  return Number(rows[0]?.n ?? 0) === ids.length;
}

/**
 * The regions a STAFF member works on: their committee's region and everything below it. Takes the
 * caller's client, so that it runs inside a transaction (the outer client deadlocks on PGlite).
 */
export async function staffRegionIds(db: TDb | TTx, actor: TActor): Promise<Set<string>> {
  if (actor.role !== "STAFF" || !actor.committeeId) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE sub AS (
      SELECT r."id" FROM "Region" r JOIN "StandingCommittee" c ON c."regionId" = r."id" WHERE c."id" = ${actor.committeeId}::uuid
      UNION SELECT c."id" FROM "Region" c JOIN sub ON c."parentId" = sub."id"
    )
    SELECT "id"::text AS "id" FROM sub`;
  return new Set(rows.map((r) => r.id));
}

import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TStationKind } from "@/domain/vocabulary";
import { ActionRefusal } from "@/server/actions";
import { assertCan } from "@/server/authz";
import { writeAudit } from "@/server/audit";
import { getDb, type TTx } from "@/server/db";
import { isId } from "@/server/directory/ids";
import { ForbiddenError } from "@/server/errors";
import type { TRequestContext } from "@/server/request-context";
import type { TSessionUser } from "@/server/session";
import { committeeForRegion, eligibleDeputyIds, staffRegionIds, stationToRun } from "./access";
import { auditActor, TX_OPTIONS } from "./tx";

/** What staff set on a station. A manager may change only `address` and the deputies on duty. */
export type TStationFields = {
  name: string;
  kind: TStationKind;
  regionId: string;
  theme?: string;
  address?: string;
  managerId?: string;
  active: boolean;
  deputyIds: string[];
};
export type TOwnStationFields = { address?: string; deputyIds: string[] };

async function checkStaffFields(tx: TTx, actor: TSessionUser, f: TStationFields): Promise<string> {
  if (!isId(f.regionId) || !(await staffRegionIds(tx, actor)).has(f.regionId)) throw new ActionRefusal("stations.errors.region", "regionId");
  if (f.managerId) {
    const manager = isId(f.managerId) ? await tx.user.findFirst({ where: { id: f.managerId, role: "STATION_MANAGER", active: true }, select: { id: true } }) : null;
    if (!manager) throw new ActionRefusal("stations.errors.manager", "managerId");
  }
  const committeeId = await committeeForRegion(tx, f.regionId);
  if (!committeeId) throw new ActionRefusal("stations.errors.noCommittee", "regionId");
  return committeeId;
}

async function setDeputies(tx: TTx, stationId: string, committeeId: string, deputyIds: string[]): Promise<void> {
  if (!(await eligibleDeputyIds(tx, committeeId, deputyIds))) throw new ActionRefusal("stations.errors.deputies", "deputyIds");
  await tx.stationDeputy.deleteMany({ where: { stationId, deputyId: { notIn: deputyIds } } });
  if (deputyIds.length > 0) await tx.stationDeputy.createMany({ data: deputyIds.map((deputyId) => ({ stationId, deputyId })), skipDuplicates: true });
}

function nameTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Staff create a station of any kind in their committee's region subtree. */
export async function createStation(actor: TSessionUser, f: TStationFields, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "station:write");
  try {
    return await getDb().$transaction(async (tx) => {
      const committeeId = await checkStaffFields(tx, actor, f);
      const station = await tx.liaisonStation.create({
        data: { name: f.name, kind: f.kind, regionId: f.regionId, theme: f.theme || null, address: f.address || null, managerId: f.managerId || null, active: f.active, createdAt: now },
        select: { id: true },
      });
      await setDeputies(tx, station.id, committeeId, f.deputyIds);
      await writeAudit(tx, { actor: auditActor(actor), action: "station.create", objectType: "LiaisonStation", objectId: station.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { kind: f.kind, deputies: f.deputyIds.length }, at: now });
      return station;
    }, TX_OPTIONS);
  } catch (error) {
    if (nameTaken(error)) throw new ActionRefusal("stations.errors.nameTaken", "name");
    throw error;
  }
}

/** Staff edit every field of a station in their scope. */
export async function updateStation(actor: TSessionUser, stationId: string, f: TStationFields, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "station:write");
  try {
    await getDb().$transaction(async (tx) => {
      const station = await stationToRun(actor, stationId, tx);
      const committeeId = await checkStaffFields(tx, actor, f);
      await tx.liaisonStation.update({
        where: { id: station.id },
        data: { name: f.name, kind: f.kind, regionId: f.regionId, theme: f.theme || null, address: f.address || null, managerId: f.managerId || null, active: f.active },
      });
      await setDeputies(tx, station.id, committeeId, f.deputyIds);
      await writeAudit(tx, { actor: auditActor(actor), action: "station.update", objectType: "LiaisonStation", objectId: station.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { by: "staff", deputies: f.deputyIds.length }, at: now });
    }, TX_OPTIONS);
  } catch (error) {
    if (nameTaken(error)) throw new ActionRefusal("stations.errors.nameTaken", "name");
    throw error;
  }
}

/** A station manager edits their own station: its address and the deputies on duty. */
export async function updateOwnStation(actor: TSessionUser, stationId: string, f: TOwnStationFields, ctx: TRequestContext, now = new Date()): Promise<void> {
  if (actor.role !== "STATION_MANAGER") throw new ForbiddenError("only a station manager edits their own station");
  await getDb().$transaction(async (tx) => {
    const station = await stationToRun(actor, stationId, tx);
    const committeeId = await committeeForRegion(tx, station.regionId);
    if (!committeeId) throw new ActionRefusal("stations.errors.noCommittee");
    await tx.liaisonStation.update({ where: { id: station.id }, data: { address: f.address || null } });
    await setDeputies(tx, station.id, committeeId, f.deputyIds);
    await writeAudit(tx, { actor: auditActor(actor), action: "station.update", objectType: "LiaisonStation", objectId: station.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { by: "manager", deputies: f.deputyIds.length }, at: now });
  }, TX_OPTIONS);
}

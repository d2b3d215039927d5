import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ActionRefusal } from "@/server/actions";
import { assertCan, type TActor } from "@/server/authz";
import { writeAudit } from "@/server/audit";
import { getDb } from "@/server/db";
import { isId } from "@/server/directory/ids";
import { regionTreeOf } from "@/server/directory/scope";
import { NotFoundError } from "@/server/errors";
import type { TRequestContext } from "@/server/request-context";
import type { TSessionUser } from "@/server/session";
import { committeeForRegion, eligibleDeputyIds } from "@/server/stations/access";
import { auditActor, TX_OPTIONS } from "@/server/stations/tx";

export type TCreateCell = { regionId: string; name: string; description?: string; deputyIds: string[] };

/** Staff draw a grid cell in a township of their committee's subtree and attach deputies to it. */
export async function createGridCell(actor: TSessionUser, input: TCreateCell, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "station:write");
  const tree = await regionTreeOf(actor);
  const township = isId(input.regionId) ? tree.byId.get(input.regionId) : undefined;
  if (!township || township.level !== "TOWNSHIP") throw new ActionRefusal("grid.errors.township", "regionId");
  try {
    return await getDb().$transaction(async (tx) => {
      const committeeId = await committeeForRegion(tx, township.id);
      if (!committeeId || !(await eligibleDeputyIds(tx, committeeId, input.deputyIds))) throw new ActionRefusal("grid.errors.deputies", "deputyIds");
      const cell = await tx.gridCell.create({
        data: { regionId: township.id, name: input.name, description: input.description || null, createdAt: now, deputies: { create: input.deputyIds.map((deputyId) => ({ deputyId })) } },
        select: { id: true },
      });
      await writeAudit(tx, { actor: auditActor(actor), action: "grid.cell.create", objectType: "GridCell", objectId: cell.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { regionId: township.id, deputies: input.deputyIds.length }, at: now });
      return cell;
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ActionRefusal("grid.errors.nameTaken", "name");
    throw error;
  }
}

export type TCellRow = { id: string; name: string; townshipName: string; deputies: { id: string; name: string }[]; findingCount: number; mine: boolean };

/**
 * The grid cells an actor sees: staff and leaders every cell in their committee's region subtree;
 * a deputy the cells they are attached to; a station manager the cells of the townships whose
 * township station they run.
 */
export async function cellScope(actor: TActor): Promise<Prisma.GridCellWhereInput | null> {
  switch (actor.role) {
    case "STAFF":
    case "LEADER": {
      const tree = await regionTreeOf(actor);
      return tree.ids.length === 0 ? null : { regionId: { in: tree.ids } };
    }
    case "DEPUTY":
      return actor.deputyId ? { deputies: { some: { deputyId: actor.deputyId } } } : null;
    case "STATION_MANAGER": {
      const stations = await getDb().liaisonStation.findMany({ where: { managerId: actor.id, kind: "TOWNSHIP", active: true }, select: { regionId: true } });
      return stations.length === 0 ? null : { regionId: { in: stations.map((s) => s.regionId) } };
    }
    default:
      return null;
  }
}

export async function listGridCells(actor: TActor): Promise<TCellRow[]> {
  assertCan(actor, "grid:read");
  const where = await cellScope(actor);
  if (!where) return [];
  const rows = await getDb().gridCell.findMany({
    where,
    select: {
      id: true,
      name: true,
      region: { select: { name: true } },
      deputies: { select: { deputy: { select: { id: true, name: true } } }, orderBy: { deputy: { name: "asc" } } },
      _count: { select: { findings: true } },
    },
    orderBy: [{ region: { code: "asc" } }, { name: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    townshipName: r.region.name,
    deputies: r.deputies.map((d) => d.deputy),
    findingCount: r._count.findings,
    mine: actor.deputyId !== null && r.deputies.some((d) => d.deputy.id === actor.deputyId),
  }));
}

export type TCellDetail = TCellRow & { description: string | null; findings: { id: string; title: string; at: Date; trackingNumber: string; itemId: string; reporter: string }[] };

/** One cell in the actor's scope with its findings (latest first); outside the scope → NotFoundError. */
export async function getGridCell(actor: TActor, id: string): Promise<TCellDetail> {
  assertCan(actor, "grid:read");
  const where = await cellScope(actor);
  if (!where || !isId(id)) throw new NotFoundError("grid cell");
  const r = await getDb().gridCell.findFirst({
    where: { AND: [{ id }, where] },
    select: {
      id: true,
      name: true,
      description: true,
      region: { select: { name: true } },
      deputies: { select: { deputy: { select: { id: true, name: true } } }, orderBy: { deputy: { name: "asc" } } },
      findings: {
        select: { id: true, title: true, createdAt: true, itemId: true, item: { select: { trackingNumber: true } }, reportedBy: { select: { displayName: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 50,
      },
      _count: { select: { findings: true } },
    },
  });
  if (!r) throw new NotFoundError("grid cell");
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    townshipName: r.region.name,
    deputies: r.deputies.map((d) => d.deputy),
    findingCount: r._count.findings,
    mine: actor.deputyId !== null && r.deputies.some((d) => d.deputy.id === actor.deputyId),
    findings: r.findings.map((f) => ({ id: f.id, title: f.title, at: f.createdAt, trackingNumber: f.item.trackingNumber, itemId: f.itemId, reporter: f.reportedBy.displayName })),
  };
}

/** Townships in the staff member's scope (for a new cell). */
export async function townshipOptions(actor: TActor): Promise<{ id: string; label: string }[]> {
  assertCan(actor, "station:write");
  const tree = await regionTreeOf(actor);
  return [...tree.byId.values()].filter((r) => r.level === "TOWNSHIP").sort((a, b) => (a.name < b.name ? -1 : 1)).map((r) => ({ id: r.id, label: r.name }));
}

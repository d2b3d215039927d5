import "server-only";
import { ActionRefusal } from "@/server/actions";
import { assertCan } from "@/server/authz";
import { writeAudit } from "@/server/audit";
import { getDb, type TTx } from "@/server/db";
import { isId } from "@/server/directory/ids";
import { NotFoundError } from "@/server/errors";
import type { TRequestContext } from "@/server/request-context";
import type { TSessionUser } from "@/server/session";
import { committeeForRegion, staffRegionIds } from "@/server/stations/access";
import { raiseItem } from "@/server/stations/loop";
import { auditActor, TX_OPTIONS } from "@/server/stations/tx";

export type TReportFinding = { cellId: string; title: string; body: string; residentName?: string };

/**
 * May the actor report in this cell? A deputy attached to it; the manager of that township's
 * township station; staff of the committee whose subtree holds it. Anyone else: the cell does
 * not exist for them.
 */
async function mayReport(tx: TTx, actor: TSessionUser, cell: { id: string; regionId: string }): Promise<boolean> {
  switch (actor.role) {
    case "DEPUTY":
      return actor.deputyId !== null && (await tx.gridCellDeputy.count({ where: { cellId: cell.id, deputyId: actor.deputyId } })) === 1;
    case "STATION_MANAGER":
      return (await tx.liaisonStation.count({ where: { managerId: actor.id, kind: "TOWNSHIP", active: true, regionId: cell.regionId } })) > 0;
    case "STAFF":
      return (await staffRegionIds(tx, actor)).has(cell.regionId);
    default:
      return false;
  }
}

/**
 * 网格发现 → 代表发声 → 部门响应: the finding and the loop item it raises (source GRID_REPORT) commit
 * together. A deputy's finding is their own item (lead sponsor); a manager's or staff's names the
 * resident who raised it when given.
 */
export async function reportGridFinding(actor: TSessionUser, input: TReportFinding, ctx: TRequestContext, now = new Date()): Promise<{ id: string; itemId: string; trackingNumber: string }> {
  assertCan(actor, "grid:report");
  if (!isId(input.cellId)) throw new NotFoundError("grid cell");
  return getDb().$transaction(async (tx) => {
    const cell = await tx.gridCell.findUnique({ where: { id: input.cellId }, select: { id: true, name: true, regionId: true, region: { select: { name: true } } } });
    if (!cell || !(await mayReport(tx, actor, cell))) throw new NotFoundError("grid cell");
    const committeeId = await committeeForRegion(tx, cell.regionId);
    if (!committeeId) throw new ActionRefusal("stations.errors.noCommittee");
    const submitterName = input.residentName || `${cell.region.name}${cell.name}网格`;
    const body = `${input.body}\n\n（网格发现：${cell.region.name} ${cell.name}）`;
    const item = await raiseItem(tx, actor, { source: "GRID_REPORT", title: input.title, body, committeeId, submitterName }, ctx, now);
    const finding = await tx.gridFinding.create({ data: { cellId: cell.id, title: input.title, itemId: item.id, reportedById: actor.id, createdAt: now }, select: { id: true } });
    await writeAudit(tx, { actor: auditActor(actor), action: "grid.finding.report", objectType: "GridFinding", objectId: finding.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { cellId: cell.id, itemId: item.id, trackingNumber: item.trackingNumber }, at: now });
    return { id: finding.id, itemId: item.id, trackingNumber: item.trackingNumber };
  }, TX_OPTIONS);
}

import "server-only";
import { ActionRefusal } from "@/server/actions";
import { writeAudit } from "@/server/audit";
import { getDb } from "@/server/db";
import { isId } from "@/server/directory/ids";
import { NotFoundError } from "@/server/errors";
import type { TRequestContext } from "@/server/request-context";
import type { TSessionUser } from "@/server/session";
import { committeeForRegion, stationToRun } from "./access";
import { raiseItem } from "./loop";
import { auditActor, dayFromDb, TX_OPTIONS } from "./tx";

export type TRecordVisit = { receptionDayId: string; visitorName: string; subject: string; content: string };
export type TRecordedVisit = { id: string; itemId: string; trackingNumber: string };

/**
 * 接待登记 in one step: the visitor record and the loop item (source STATION_VISIT) it raises, with
 * both audit rows, in one transaction. Only the station's manager or its committee's staff.
 */
export async function recordVisit(actor: TSessionUser, input: TRecordVisit, ctx: TRequestContext, now = new Date()): Promise<TRecordedVisit> {
  if (!isId(input.receptionDayId)) throw new NotFoundError("reception day");
  return getDb().$transaction(async (tx) => {
    const day = await tx.receptionDay.findUnique({ where: { id: input.receptionDayId }, select: { id: true, stationId: true, date: true } });
    if (!day) throw new NotFoundError("reception day");
    const station = await stationToRun(actor, day.stationId, tx);
    const committeeId = await committeeForRegion(tx, station.regionId);
    if (!committeeId) throw new ActionRefusal("stations.errors.noCommittee");
    const body = `${input.content}\n\n（${station.name} ${dayFromDb(day.date)} 接待日登记）`;
    const item = await raiseItem(tx, actor, { source: "STATION_VISIT", title: input.subject, body, committeeId, submitterName: input.visitorName }, ctx, now);
    const visit = await tx.stationVisit.create({
      data: { stationId: station.id, receptionDayId: day.id, visitorName: input.visitorName, subject: input.subject, itemId: item.id, recordedById: actor.id, createdAt: now },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: "station.visit.record",
      objectType: "StationVisit",
      objectId: visit.id,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { stationId: station.id, itemId: item.id, trackingNumber: item.trackingNumber },
      at: now,
    });
    return { id: visit.id, itemId: item.id, trackingNumber: item.trackingNumber };
  }, TX_OPTIONS);
}

export type TVisitRow = { id: string; date: string; visitorName: string; subject: string; trackingNumber: string; itemId: string };

/** The station's latest visitor records; callers authorize the station first (stationToRun). */
export async function recentVisits(stationId: string, take = 20): Promise<TVisitRow[]> {
  const rows = await getDb().stationVisit.findMany({
    where: { stationId },
    select: { id: true, visitorName: true, subject: true, itemId: true, item: { select: { trackingNumber: true } }, receptionDay: { select: { date: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((r) => ({ id: r.id, date: dayFromDb(r.receptionDay.date), visitorName: r.visitorName, subject: r.subject, trackingNumber: r.item.trackingNumber, itemId: r.itemId }));
}

import "server-only";
import { shanghaiParts } from "@/domain/calendar";
import { isSlot } from "@/domain/stations/kinds";
import { dayKey } from "@/domain/stations/month-grid";
import { ActionRefusal } from "@/server/actions";
import { writeAudit } from "@/server/audit";
import { getDb } from "@/server/db";
import { isId } from "@/server/directory/ids";
import { NotFoundError } from "@/server/errors";
import type { TRequestContext } from "@/server/request-context";
import type { TSessionUser } from "@/server/session";
import { stationToRun } from "./access";
import { auditActor, dayFromDb, dayToDb, TX_OPTIONS } from "./tx";

export type TPublishReception = { stationId: string; date: string; startTime: string; endTime: string; note?: string; deputyIds: string[] };

export function todayKey(now: Date): string {
  const p = shanghaiParts(now);
  return dayKey(p.year, p.month, p.day);
}

/**
 * Publishes a reception day (接待日) with the deputies on duty: the station's manager or the staff of
 * its committee. The day is not in the past; the deputies are among the station's own deputies.
 */
export async function publishReceptionDay(actor: TSessionUser, input: TPublishReception, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  if (!isSlot(input.startTime, input.endTime)) throw new ActionRefusal("stations.errors.slot", "endTime");
  if (input.date < todayKey(now)) throw new ActionRefusal("stations.errors.pastDate", "date");
  return getDb().$transaction(async (tx) => {
    const station = await stationToRun(actor, input.stationId, tx);
    if (!station.active) throw new ActionRefusal("stations.errors.inactive");
    const deputyIds = [...new Set(input.deputyIds)];
    const onDuty = await tx.stationDeputy.count({ where: { stationId: station.id, deputyId: { in: deputyIds.filter(isId) } } });
    if (deputyIds.length === 0 || onDuty !== deputyIds.length) throw new ActionRefusal("stations.errors.dutyDeputies", "deputyIds");
    const clash = await tx.receptionDay.findFirst({ where: { stationId: station.id, date: dayToDb(input.date), startTime: input.startTime }, select: { id: true } });
    if (clash) throw new ActionRefusal("stations.errors.receptionClash", "startTime");
    const day = await tx.receptionDay.create({
      data: {
        stationId: station.id,
        date: dayToDb(input.date),
        startTime: input.startTime,
        endTime: input.endTime,
        note: input.note || null,
        createdById: actor.id,
        createdAt: now,
        deputies: { create: deputyIds.map((deputyId) => ({ deputyId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: "station.reception.publish",
      objectType: "ReceptionDay",
      objectId: day.id,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { stationId: station.id, date: input.date, deputies: deputyIds.length },
      at: now,
    });
    return day;
  }, TX_OPTIONS);
}

/** Withdraws a reception day that has no visitor records yet (those are part of the loop's trail). */
export async function cancelReceptionDay(actor: TSessionUser, receptionDayId: string, ctx: TRequestContext, now = new Date()): Promise<void> {
  if (!isId(receptionDayId)) throw new NotFoundError("reception day");
  await getDb().$transaction(async (tx) => {
    const day = await tx.receptionDay.findUnique({ where: { id: receptionDayId }, select: { id: true, stationId: true, date: true, _count: { select: { visits: true } } } });
    if (!day) throw new NotFoundError("reception day");
    await stationToRun(actor, day.stationId, tx);
    if (day._count.visits > 0) throw new ActionRefusal("stations.errors.receptionHasVisits");
    await tx.receptionDay.delete({ where: { id: day.id } });
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: "station.reception.cancel",
      objectType: "ReceptionDay",
      objectId: day.id,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { stationId: day.stationId, date: dayFromDb(day.date) },
      at: now,
    });
  }, TX_OPTIONS);
}

export type TReceptionDay = {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  note: string | null;
  deputies: { id: string; name: string }[];
  visitCount: number;
};

/** The station's reception days between two day keys (inclusive); callers authorize the station first. */
export async function receptionDaysBetween(stationId: string, first: string, last: string): Promise<TReceptionDay[]> {
  const rows = await getDb().receptionDay.findMany({
    where: { stationId, date: { gte: dayToDb(first), lte: dayToDb(last) } },
    select: {
      id: true,
      date: true,
      startTime: true,
      endTime: true,
      note: true,
      deputies: { select: { deputy: { select: { id: true, name: true } } }, orderBy: { deputy: { name: "asc" } } },
      _count: { select: { visits: true } },
    },
    orderBy: [{ date: "asc" }, { startTime: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    date: dayFromDb(r.date),
    startTime: r.startTime,
    endTime: r.endTime,
    note: r.note,
    deputies: r.deputies.map((d) => d.deputy),
    visitCount: r._count.visits,
  }));
}

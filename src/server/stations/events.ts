import "server-only";
import { eventNeedsUnits, type TStationEventKind } from "@/domain/stations/kinds";
import { ActionRefusal } from "@/server/actions";
import { writeAudit } from "@/server/audit";
import { getDb, type TTx } from "@/server/db";
import { isId } from "@/server/directory/ids";
import { NotFoundError } from "@/server/errors";
import type { TRequestContext } from "@/server/request-context";
import type { TSessionUser } from "@/server/session";
import { committeeForRegion, eligibleDeputyIds, stationToRun } from "./access";
import { raiseItem } from "./loop";
import { auditActor, dayFromDb, dayToDb, TX_OPTIONS } from "./tx";

export type TCreateEvent = {
  stationId: string;
  kind: TStationEventKind;
  title: string;
  heldOn: string;
  place?: string;
  summary?: string;
  deputyIds: string[];
  unitIds: string[];
};

async function activeUnits(tx: TTx, committeeId: string, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return true;
  if (new Set(ids).size !== ids.length || !ids.every(isId)) return false;
  return (await tx.handlingUnit.count({ where: { id: { in: [...ids] }, committeeId, active: true } })) === ids.length;
}

/**
 * Records an event held at the station (小深微, 代表·局长面对面, 三官一员一师) with the deputies who took
 * part and the handling units present: rows the duty records count later.
 */
export async function createStationEvent(actor: TSessionUser, input: TCreateEvent, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const station = await stationToRun(actor, input.stationId, tx);
    const committeeId = await committeeForRegion(tx, station.regionId);
    if (!committeeId) throw new ActionRefusal("stations.errors.noCommittee");
    if (input.deputyIds.length === 0 || !(await eligibleDeputyIds(tx, committeeId, input.deputyIds))) throw new ActionRefusal("stations.errors.participants", "deputyIds");
    if (eventNeedsUnits(input.kind) && input.unitIds.length === 0) throw new ActionRefusal("stations.errors.unitsRequired", "unitIds");
    if (!(await activeUnits(tx, committeeId, input.unitIds))) throw new ActionRefusal("stations.errors.units", "unitIds");
    const event = await tx.stationEvent.create({
      data: {
        stationId: station.id,
        kind: input.kind,
        title: input.title,
        heldOn: dayToDb(input.heldOn),
        place: input.place || null,
        summary: input.summary || null,
        createdById: actor.id,
        createdAt: now,
        participants: { create: input.deputyIds.map((deputyId) => ({ deputyId })) },
        units: { create: input.unitIds.map((unitId) => ({ unitId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: "station.event.create",
      objectType: "StationEvent",
      objectId: event.id,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { stationId: station.id, kind: input.kind, deputies: input.deputyIds.length, units: input.unitIds.length },
      at: now,
    });
    return event;
  }, TX_OPTIONS);
}

export type TRaiseIssue = { eventId: string; raisedBy: string; title: string; body: string };

/** An issue raised at an event enters the loop (source FACE_TO_FACE) together with its link to the event. */
export async function raiseEventIssue(actor: TSessionUser, input: TRaiseIssue, ctx: TRequestContext, now = new Date()): Promise<{ itemId: string; trackingNumber: string }> {
  if (!isId(input.eventId)) throw new NotFoundError("event");
  return getDb().$transaction(async (tx) => {
    const event = await tx.stationEvent.findUnique({ where: { id: input.eventId }, select: { id: true, stationId: true, title: true, heldOn: true } });
    if (!event) throw new NotFoundError("event");
    const station = await stationToRun(actor, event.stationId, tx);
    const committeeId = await committeeForRegion(tx, station.regionId);
    if (!committeeId) throw new ActionRefusal("stations.errors.noCommittee");
    const body = `${input.body}\n\n（${station.name} ${dayFromDb(event.heldOn)}「${event.title}」）`;
    const item = await raiseItem(tx, actor, { source: "FACE_TO_FACE", title: input.title, body, committeeId, submitterName: input.raisedBy }, ctx, now);
    const issue = await tx.stationEventIssue.create({ data: { eventId: event.id, itemId: item.id, createdAt: now }, select: { id: true } });
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: "station.event.issue",
      objectType: "StationEventIssue",
      objectId: issue.id,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { eventId: event.id, itemId: item.id, trackingNumber: item.trackingNumber },
      at: now,
    });
    return { itemId: item.id, trackingNumber: item.trackingNumber };
  }, TX_OPTIONS);
}

export type TEventRow = {
  id: string;
  kind: TStationEventKind;
  title: string;
  heldOn: string;
  place: string | null;
  deputies: { id: string; name: string }[];
  units: { id: string; name: string }[];
  issues: { itemId: string; trackingNumber: string; title: string }[];
};

/** The station's events, latest first; callers authorize the station first. */
export async function stationEvents(stationId: string, take = 20): Promise<TEventRow[]> {
  const rows = await getDb().stationEvent.findMany({
    where: { stationId },
    select: {
      id: true,
      kind: true,
      title: true,
      heldOn: true,
      place: true,
      participants: { select: { deputy: { select: { id: true, name: true } } }, orderBy: { deputy: { name: "asc" } } },
      units: { select: { unit: { select: { id: true, name: true } } }, orderBy: { unit: { name: "asc" } } },
      issues: { select: { item: { select: { id: true, trackingNumber: true, title: true } } }, orderBy: { createdAt: "asc" } },
    },
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    heldOn: dayFromDb(r.heldOn),
    place: r.place,
    deputies: r.participants.map((p) => p.deputy),
    units: r.units.map((u) => u.unit),
    issues: r.issues.map((i) => ({ itemId: i.item.id, trackingNumber: i.item.trackingNumber, title: i.item.title })),
  }));
}

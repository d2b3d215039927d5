import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { endDayProblem, pastDayProblem } from "@/domain/duty/dates";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import type { TActor } from "../authz";
import { assertCan } from "../authz";
import { getDb, type TTx } from "../db";
import { NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import { ZAddPhoto, ZAttendanceInput, ZRecordEdit, ZRecordInput, ZRecordRef, ZReturnRecord } from "./inputs";
import { committeeScope, dayDate, isUuid, ownDeputyId } from "./scope";
import { checkPhoto, fileBytes, MAX_PHOTOS_PER_RECORD, type TCheckedPhoto } from "./uploads";

/**
 * Duty record commands. Each checks who asks and which record, validates everything (dates, photo
 * bytes) BEFORE its transaction, then writes the change and its audit row in one transaction:
 * a refused input leaves nothing behind.
 */
export type TDutyActor = TActor & { username: string };
const TX = { maxWait: 15_000, timeout: 30_000 } as const;
const auditActor = (a: TDutyActor) => ({ id: a.id, username: a.username, role: a.role });

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = issue?.code === "unrecognized_keys" ? undefined : String(issue?.path[0] ?? "");
    throw new ActionRefusal(issue?.code === "unrecognized_keys" ? "actions.unknownField" : (issue?.message ?? "actions.invalid"), field || undefined);
  }
  return r.data;
}

function checkDates(date: string, endDate: string | undefined, now: Date): void {
  const p = pastDayProblem(date, now);
  if (p) throw new ActionRefusal(p, "date");
  if (endDate) {
    const e = endDayProblem(date, endDate, now);
    if (e) throw new ActionRefusal(e, "endDate");
  }
}

async function photoOf(file: File | undefined): Promise<TCheckedPhoto | null> {
  const raw = await fileBytes(file);
  return raw ? checkPhoto(raw.bytes) : null;
}

async function savePhoto(tx: TTx, recordId: string, p: TCheckedPhoto) {
  return tx.dutyPhoto.create({ data: { recordId, mime: p.mime, size: p.size, width: p.width, height: p.height, bytes: p.bytes }, select: { id: true } });
}

/** A deputy's new record: a draft, or straight to staff for confirmation (intent "submit"). */
export async function createRecord(actor: TDutyActor, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  const deputyId = ownDeputyId(actor);
  const data = parse(ZRecordInput, input);
  checkDates(data.date, data.endDate, now);
  const photo = await photoOf(data.photo);
  return getDb().$transaction(async (tx) => {
    const status = data.intent === "submit" ? "SUBMITTED" : "DRAFT";
    const record = await tx.dutyRecord.create({
      data: {
        deputyId,
        type: data.type,
        date: dayDate(data.date),
        endDate: data.endDate ? dayDate(data.endDate) : null,
        place: data.place,
        description: data.description,
        participants: data.participants ?? null,
        status,
        createdById: actor.id,
      },
      select: { id: true },
    });
    if (photo) await savePhoto(tx, record.id, photo);
    await writeAudit(tx, { actor: auditActor(actor), action: "duty.record.create", objectType: "DutyRecord", objectId: record.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { type: data.type, status, photo: Boolean(photo) } });
    return record;
  }, TX);
}

/** The actor's own record in a state the deputy may still change (draft or returned), else NotFound/refusal. */
async function ownEditable(tx: TTx, actor: TDutyActor, recordId: string) {
  const deputyId = ownDeputyId(actor);
  const rec = isUuid(recordId) ? await tx.dutyRecord.findUnique({ where: { id: recordId }, select: { id: true, deputyId: true, status: true, origin: true, version: true } }) : null;
  if (!rec || rec.deputyId !== deputyId) throw new NotFoundError();
  if ((rec.status !== "DRAFT" && rec.status !== "RETURNED") || rec.origin !== "MANUAL") throw new ActionRefusal("duty.errors.notEditable");
  return rec;
}

/** Status change guarded by the version read: two tabs acting at once cannot both succeed. */
async function moveRecord(tx: TTx, rec: { id: string; version: number }, data: Record<string, unknown>): Promise<void> {
  const n = await tx.dutyRecord.updateMany({ where: { id: rec.id, version: rec.version }, data: { ...data, version: rec.version + 1 } });
  if (n.count !== 1) throw new ActionRefusal("duty.errors.conflict");
}

export async function updateRecord(actor: TDutyActor, input: unknown, ctx: TRequestContext, now = new Date()): Promise<void> {
  const data = parse(ZRecordEdit, input);
  checkDates(data.date, data.endDate, now);
  const photo = await photoOf(data.photo);
  await getDb().$transaction(async (tx) => {
    const rec = await ownEditable(tx, actor, data.recordId);
    if (photo && (await tx.dutyPhoto.count({ where: { recordId: rec.id } })) >= MAX_PHOTOS_PER_RECORD) throw new ActionRefusal("duty.errors.tooManyPhotos", "photo");
    await moveRecord(tx, rec, {
      type: data.type,
      date: dayDate(data.date),
      endDate: data.endDate ? dayDate(data.endDate) : null,
      place: data.place,
      description: data.description,
      participants: data.participants ?? null,
      status: data.intent === "submit" ? "SUBMITTED" : rec.status,
    });
    if (photo) await savePhoto(tx, rec.id, photo);
    await writeAudit(tx, { actor: auditActor(actor), action: "duty.record.update", objectType: "DutyRecord", objectId: rec.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { intent: data.intent } });
  }, TX);
}

export async function submitRecord(actor: TDutyActor, input: unknown, ctx: TRequestContext): Promise<void> {
  const { recordId } = parse(ZRecordRef, input);
  await getDb().$transaction(async (tx) => {
    const rec = await ownEditable(tx, actor, recordId);
    await moveRecord(tx, rec, { status: "SUBMITTED" });
    await writeAudit(tx, { actor: auditActor(actor), action: "duty.record.submit", objectType: "DutyRecord", objectId: rec.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId });
  }, TX);
}

export async function addPhoto(actor: TDutyActor, input: unknown, ctx: TRequestContext): Promise<{ id: string }> {
  const data = parse(ZAddPhoto, input);
  const photo = await photoOf(data.photo);
  if (!photo) throw new ActionRefusal("duty.errors.fileRequired", "photo");
  return getDb().$transaction(async (tx) => {
    const rec = await ownEditable(tx, actor, data.recordId);
    if ((await tx.dutyPhoto.count({ where: { recordId: rec.id } })) >= MAX_PHOTOS_PER_RECORD) throw new ActionRefusal("duty.errors.tooManyPhotos", "photo");
    const saved = await savePhoto(tx, rec.id, photo);
    await writeAudit(tx, { actor: auditActor(actor), action: "duty.photo.add", objectType: "DutyRecord", objectId: rec.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { bytes: photo.size } });
    return saved;
  }, TX);
}

/** A submitted record of a deputy of the staff member's committee; anything else is NotFound. */
async function reviewable(tx: TTx, actor: TDutyActor, recordId: string) {
  assertCan(actor, "duty:confirm");
  const committeeId = committeeScope(actor);
  const rec = isUuid(recordId)
    ? await tx.dutyRecord.findUnique({ where: { id: recordId }, select: { id: true, status: true, version: true, deputy: { select: { committeeId: true } } } })
    : null;
  if (!rec || rec.deputy.committeeId !== committeeId || rec.status === "DRAFT") throw new NotFoundError();
  if (rec.status !== "SUBMITTED") throw new ActionRefusal("duty.errors.notSubmitted");
  return rec;
}

export async function confirmRecord(actor: TDutyActor, input: unknown, ctx: TRequestContext, now = new Date()): Promise<void> {
  const { recordId } = parse(ZRecordRef, input);
  await getDb().$transaction(async (tx) => {
    const rec = await reviewable(tx, actor, recordId);
    await moveRecord(tx, rec, { status: "CONFIRMED", confirmedById: actor.id, confirmedAt: now, returnReason: null });
    await writeAudit(tx, { actor: auditActor(actor), action: "duty.record.confirm", objectType: "DutyRecord", objectId: rec.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId });
  }, TX);
}

export async function returnRecord(actor: TDutyActor, input: unknown, ctx: TRequestContext): Promise<void> {
  const { recordId, reason } = parse(ZReturnRecord, input);
  await getDb().$transaction(async (tx) => {
    const rec = await reviewable(tx, actor, recordId);
    await moveRecord(tx, rec, { status: "RETURNED", returnReason: reason });
    await writeAudit(tx, { actor: auditActor(actor), action: "duty.record.return", objectType: "DutyRecord", objectId: rec.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId });
  }, TX);
}

/**
 * Staff register attendance for a whole event or training at once: one confirmed record per
 * deputy, keyed `attendance:<batch>:<deputy>`. Every deputy must belong to the staff member's
 * committee, or nothing is written.
 */
export async function registerAttendance(actor: TDutyActor, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ count: number }> {
  assertCan(actor, "duty:confirm");
  const committeeId = committeeScope(actor);
  const data = parse(ZAttendanceInput, input);
  checkDates(data.date, data.endDate, now);
  const deputyIds = [...new Set(data.deputyIds)];
  return getDb().$transaction(async (tx) => {
    const found = await tx.deputy.count({ where: { id: { in: deputyIds }, committeeId } });
    if (found !== deputyIds.length) throw new ActionRefusal("duty.errors.deputiesOutOfScope", "deputyIds");
    const batch = randomUUID();
    const { count } = await tx.dutyRecord.createMany({
      data: deputyIds.map((deputyId) => ({
        deputyId,
        type: data.type,
        date: dayDate(data.date),
        endDate: data.endDate ? dayDate(data.endDate) : null,
        place: data.place,
        description: data.description,
        status: "CONFIRMED" as const,
        origin: "ATTENDANCE" as const,
        sourceKey: `attendance:${batch}:${deputyId}`,
        createdById: actor.id,
        confirmedById: actor.id,
        confirmedAt: now,
      })),
    });
    await writeAudit(tx, { actor: auditActor(actor), action: "duty.attendance", objectType: "DutyAttendance", objectId: batch, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { type: data.type, count } });
    return { count };
  }, TX);
}

import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { shanghaiParts } from "@/domain/calendar";
import { formatTrackingNumber, type TTrackingSource } from "@/domain/tracking-number";
import { isAction, type TAction } from "@/domain/workflow/actions";
import { WORKFLOW_ERRORS as E } from "@/domain/workflow/errors";
import { applyTransition, factsAfter, type TClock, type TTransitionOk } from "@/domain/workflow/machine";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import { getDb, type TTx } from "../db";
import { NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import type { TSessionUser } from "../session";
import { loadLoopSettings } from "../settings/loop-settings";
import { settingsClock } from "./clock";
import { ConflictError, WorkflowRefusal } from "./errors";
import { actorFacts, canSee, loadFacts } from "./facts";
import { recipientUserIds, writeNotifications } from "./notify";
import { parseSubmission, resolveSubmission } from "./submit-input";
import { checkUploads, saveAttachmentsInTx } from "../attachments/store";
import { encryptContact } from "./contact";
import { limitPublicSubmission } from "./submit-limits";

/**
 * The loop's commands. Each writes the change, its history row, its notifications and its audit
 * row in ONE transaction (always through the tx client), or nothing at all.
 */

// Generous: the audit chain serializes writers, and a burst of submissions may queue for it.
const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

const auditActor = (actor: TSessionUser | null) => (actor ? { id: actor.id, username: actor.username, role: actor.role } : null);

/** The next number of the source's sequence this year; rolled back with the transaction (gap-free). */
export async function allocateTrackingNumber(tx: TTx, source: TTrackingSource, now: Date): Promise<string> {
  const year = shanghaiParts(now).year;
  const rows = await tx.$queryRaw<{ seq: number }[]>`
    INSERT INTO "TrackingCounter" ("source", "year", "next") VALUES (${source}::"ItemSource", ${year}, 2)
    ON CONFLICT ("source", "year") DO UPDATE SET "next" = "TrackingCounter"."next" + 1
    RETURNING "next" - 1 AS "seq"`;
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error("tracking counter returned no row");
  return formatTrackingNumber({ source, year, sequence: Number(seq) });
}

export type TSubmitted = { id: string; trackingNumber: string; created: boolean };

async function byKey(key: string, actor: TSessionUser | null): Promise<TSubmitted | null> {
  const found = await getDb().item.findUnique({ where: { idempotencyKey: key }, select: { id: true, trackingNumber: true, createdById: true } });
  if (!found) return null;
  // someone else's key is not a way to learn their tracking number
  if (found.createdById !== (actor?.id ?? null)) throw new ActionRefusal("workflow.submit.errors.keyInvalid", "idempotencyKey");
  return { id: found.id, trackingNumber: found.trackingNumber, created: false };
}

type TParsedSubmission = ReturnType<typeof parseSubmission>;

/**
 * Creates the item, its attachments, its first history row and its audit row inside the caller's
 * transaction, so that a feature which raises an item from its own record (a station visit, a grid
 * finding, an event) commits both or neither. `input` is parsed with the same schema as submitItem's;
 * a refused attachment refuses the whole submission.
 */
export async function createItemInTx(tx: TTx, actor: TSessionUser | null, input: unknown, ctx: TRequestContext, now: Date = new Date()): Promise<TSubmitted> {
  return createParsed(tx, actor, parseSubmission(input), ctx, now);
}

async function createParsed(tx: TTx, actor: TSessionUser | null, data: TParsedSubmission, ctx: TRequestContext, now: Date): Promise<TSubmitted> {
  const files = await checkUploads(data.attachments);
  const s = await resolveSubmission(tx, actor, data);
  const trackingNumber = await allocateTrackingNumber(tx, data.source, now);
  const item = await tx.item.create({
    data: {
      trackingNumber,
      source: data.source,
      title: data.title,
      body: data.body,
      committeeId: s.committeeId,
      stationId: s.stationId,
      submitterName: s.submitterName,
      contactCipher: s.phone ? encryptContact(s.phone) : null,
      idempotencyKey: data.idempotencyKey,
      createdById: actor?.id ?? null,
      createdAt: now,
      sponsors: { create: s.sponsors },
    },
    select: { id: true },
  });
  await saveAttachmentsInTx(tx, item.id, actor?.id ?? null, files, now);
  await tx.itemHistory.create({
    data: { itemId: item.id, at: now, actorId: actor?.id ?? null, action: "submit", fromStage: null, toStage: "SUBMITTED", round: 1 },
  });
  await writeAudit(tx, {
    actor: auditActor(actor),
    action: "item.submit",
    objectType: "Item",
    objectId: item.id,
    result: "SUCCESS",
    ip: ctx.ip,
    requestId: ctx.requestId,
    detail: { source: data.source, trackingNumber, attachments: files.length },
    at: now,
  });
  return { id: item.id, trackingNumber, created: true };
}

/**
 * A new item from a deputy (lead sponsor, optional co-sponsors), from staff on someone's behalf, from
 * a station manager, or from the public (actor null: rate-limited per address and phone, throws
 * SubmissionLimited). The same idempotencyKey again returns the same item: one row.
 */
export async function submitItem(actor: TSessionUser | null, input: unknown, ctx: TRequestContext, now: Date = new Date()): Promise<TSubmitted> {
  const data = parseSubmission(input);
  const earlier = await byKey(data.idempotencyKey, actor);
  if (earlier) return earlier;
  if (actor === null) await limitPublicSubmission(ctx, data.phone);
  try {
    return await getDb().$transaction((tx) => createParsed(tx, actor, data, ctx, now), TX_OPTIONS);
  } catch (error) {
    // a concurrent double submit: the unique key let one through; answer with that one
    const winner = await byKey(data.idempotencyKey, actor).catch(() => null);
    if (winner) return winner;
    throw error;
  }
}

/** Units and merge targets named in the input must belong to the item's committee. */
async function checkReferences(tx: TTx, committeeId: string, itemId: string, result: TTransitionOk): Promise<void> {
  if (result.action === "assign") {
    const units = [result.next.leadUnitId, ...result.next.coUnitIds].filter((u): u is string => u !== null);
    const found = await tx.handlingUnit.findMany({ where: { id: { in: units }, committeeId, active: true }, select: { id: true } });
    const ok = new Set(found.map((u) => u.id));
    if (!result.next.leadUnitId || !ok.has(result.next.leadUnitId)) throw new WorkflowRefusal(E.leadUnitRequired, { leadUnitId: [E.leadUnitRequired] });
    if (result.next.coUnitIds.some((u) => !ok.has(u))) throw new WorkflowRefusal(E.coUnitInvalid, { coUnitIds: [E.coUnitInvalid] });
  }
  if (result.action === "merge") {
    const targetId = result.next.mergedIntoId ?? "";
    const target = await tx.item.findFirst({
      where: { id: targetId, committeeId, NOT: { id: itemId }, stage: { notIn: ["DECLINED", "MERGED"] } },
      select: { id: true },
    });
    if (!target) throw new WorkflowRefusal(E.mergeTargetRequired, { targetItemId: [E.mergeTargetRequired] });
  }
}

const NOTE_FIELDS = new Set(["note", "reason", "opinion"]);
/** The input as stored on the history row (the note travels in its own column). */
function historyDetail(input: object): Prisma.InputJsonObject {
  const entries = Object.entries(input).filter(([k, v]) => v !== undefined && !NOTE_FIELDS.has(k));
  return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Prisma.InputJsonObject;
}

export type TTransitioned = { stage: string; version: number };

/**
 * One action on one item by one person: authorizes (an item the actor may not see does not exist
 * for them), applies the workflow table, and writes the change only if nobody changed the item
 * since it was read (version check; otherwise ConflictError and nothing is written).
 */
export async function transitionItem(
  actor: TSessionUser,
  itemId: string,
  action: TAction,
  input: unknown,
  ctx: TRequestContext,
  now: Date = new Date(),
  clock?: TClock,
): Promise<TTransitioned> {
  if (!z.uuid().safeParse(itemId).success) throw new NotFoundError();
  if (!isAction(action)) throw new WorkflowRefusal(E.invalidInput);
  return getDb().$transaction(async (tx) => {
    const loaded = await loadFacts(tx, itemId);
    if (!loaded || !canSee(actor, loaded.facts)) throw new NotFoundError();
    const { facts: before, version } = loaded;
    const result = applyTransition(before, action, input, actorFacts(actor), now);
    if (!result.ok) throw new WorkflowRefusal(result.error, result.fieldErrors);
    await checkReferences(tx, before.committeeId, itemId, result);
    // loop jobs: the committee's deadline settings (src/server/settings) unless a test hands in a clock
    const after = factsAfter(before, result, now, clock ?? settingsClock(await loadLoopSettings(tx, before.committeeId)));
    const data = result.input as Record<string, unknown>;

    const { count } = await tx.item.updateMany({
      where: { id: itemId, version },
      data: {
        stage: after.stage,
        round: after.round,
        leadUnitId: after.leadUnitId,
        resultClass: after.resultClass,
        keySupervised: after.keySupervised,
        extensionDays: after.extensionRequest?.days ?? null,
        replyAcknowledged: after.replyAcknowledged,
        satisfaction: after.satisfaction,
        followUp: after.followUp,
        mergedIntoId: after.mergedIntoId,
        deadline: after.deadline,
        returnWindowEndsAt: after.returnWindowEndsAt,
        evaluationWindowEndsAt: after.evaluationWindowEndsAt,
        ...(typeof data.text === "string" && action === "draftReply" ? { replyText: data.text } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError();

    const unitsChanged = after.leadUnitId !== before.leadUnitId || after.coUnitIds.join() !== before.coUnitIds.join();
    if (unitsChanged) {
      await tx.itemUnit.deleteMany({ where: { itemId } });
      const rows = [
        ...(after.leadUnitId ? [{ itemId, unitId: after.leadUnitId, role: "LEAD" as const }] : []),
        ...after.coUnitIds.map((unitId) => ({ itemId, unitId, role: "CO" as const })),
      ];
      if (rows.length > 0) await tx.itemUnit.createMany({ data: rows });
    }
    const h = result.history;
    await tx.itemHistory.create({
      data: { itemId, at: now, actorId: actor.id, action, fromStage: h.from, toStage: h.to, round: h.round, note: h.note, detail: historyDetail(data) },
    });
    await writeNotifications(tx, itemId, action, await recipientUserIds(tx, result.notify, actor.id), now);
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: "item.transition",
      objectType: "Item",
      objectId: itemId,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { action, from: h.from, to: h.to, round: h.round },
      at: now,
    });
    return { stage: after.stage, version: version + 1 };
  }, TX_OPTIONS);
}

import "server-only";
import { z } from "zod";
import { downloadName, type TAttachmentKind } from "@/domain/attachments";
import { writeAudit } from "../audit";
import type { TActor } from "../authz";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { canSee, loadFacts, type TSeenFacts } from "../items/facts";
import { ZUpload } from "../items/submit-input";
import type { TRequestContext } from "../request-context";
import type { TSessionUser } from "../session";
import { checkUploads, saveAttachmentsInTx } from "./store";

/**
 * An item's files after submission: listed for whoever may see the item, added by the people
 * working on it (its committee's staff, the units handling it, its sponsors, the station manager
 * who recorded it — not leaders, who read), downloaded with an audit row. An item someone may not
 * see has no files for them (NotFoundError, as for the item itself).
 */
export type TAttachmentRow = { id: string; fileName: string; kind: string; size: number; createdAt: Date; uploaderName: string | null };

const CLOSED_TO_FILES = new Set(["DECLINED", "MERGED"]);
const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

async function visibleFacts(actor: TActor, itemId: string): Promise<TSeenFacts> {
  if (!z.uuid().safeParse(itemId).success) throw new NotFoundError();
  const loaded = await loadFacts(getDb(), itemId);
  if (!loaded || !canSee(actor, loaded.facts)) throw new NotFoundError();
  return loaded.facts;
}

export function mayAddFiles(actor: TActor, facts: TSeenFacts): boolean {
  return actor.role !== "LEADER" && canSee(actor, facts) && !CLOSED_TO_FILES.has(facts.stage);
}

export async function listItemFiles(actor: TActor, itemId: string): Promise<{ rows: TAttachmentRow[]; mayAdd: boolean }> {
  const facts = await visibleFacts(actor, itemId);
  const rows = await getDb().itemAttachment.findMany({
    where: { itemId },
    select: { id: true, fileName: true, kind: true, size: true, createdAt: true, uploadedBy: { select: { displayName: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return {
    rows: rows.map(({ uploadedBy, ...r }) => ({ ...r, uploaderName: uploadedBy?.displayName ?? null })),
    mayAdd: mayAddFiles(actor, facts),
  };
}

const ZUploads = z.array(ZUpload).max(50);

/** More files on an item (e.g. a unit's documents with its reply); all or none, audited. */
export async function addItemFiles(actor: TSessionUser, itemId: string, uploads: unknown, ctx: TRequestContext, now: Date = new Date()): Promise<number> {
  const facts = await visibleFacts(actor, itemId);
  if (!mayAddFiles(actor, facts)) throw new NotFoundError();
  const files = await checkUploads(ZUploads.parse(uploads));
  if (files.length === 0) return 0;
  await getDb().$transaction(async (tx) => {
    await saveAttachmentsInTx(tx, itemId, actor.id, files, now);
    await writeAudit(tx, {
      actor: { id: actor.id, username: actor.username, role: actor.role },
      action: "item.attachment.add",
      objectType: "Item",
      objectId: itemId,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { count: files.length },
      at: now,
    });
  }, TX_OPTIONS);
  return files.length;
}

export type TDownload = { name: string; mime: string; bytes: Uint8Array<ArrayBuffer> };

/** One file, for whoever may see its item; the download is audited. */
export async function downloadItemFile(actor: TSessionUser, attachmentId: string, ctx: TRequestContext, now: Date = new Date()): Promise<TDownload> {
  if (!z.uuid().safeParse(attachmentId).success) throw new NotFoundError();
  const meta = await getDb().itemAttachment.findUnique({ where: { id: attachmentId }, select: { itemId: true } });
  if (!meta) throw new NotFoundError();
  await visibleFacts(actor, meta.itemId);
  return getDb().$transaction(async (tx) => {
    const file = await tx.itemAttachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { fileName: true, kind: true, mime: true, bytes: true } });
    await writeAudit(tx, {
      actor: { id: actor.id, username: actor.username, role: actor.role },
      action: "item.attachment.download",
      objectType: "ItemAttachment",
      objectId: attachmentId,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { itemId: meta.itemId },
      at: now,
    });
    return { name: downloadName(file.fileName, file.kind as TAttachmentKind), mime: file.mime, bytes: file.bytes };
  }, TX_OPTIONS);
}

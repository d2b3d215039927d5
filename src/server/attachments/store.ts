import "server-only";
import { createHash } from "node:crypto";
import { ATTACHMENT_ERRORS, ATTACHMENT_LIMITS, cleanFileName, countProblem, judgeAttachment, type TAttachmentKind } from "@/domain/attachments";
import { ActionRefusal } from "../actions";
import type { TTx } from "../db";
import type { TUpload } from "../items/submit-input";
import { sniffKind } from "./sniff";

export const ATTACHMENTS_FIELD = "attachments";

export type TCheckedAttachment = { fileName: string; kind: TAttachmentKind; mime: string; size: number; sha256: string; bytes: Uint8Array<ArrayBuffer> };

/**
 * Checks every file before anything is written: size, then the kind its bytes show, then that its
 * name agrees. The first refused file refuses the whole upload (and so the whole submission).
 */
export async function checkUploads(files: readonly TUpload[]): Promise<TCheckedAttachment[]> {
  if (files.length > ATTACHMENT_LIMITS.maxPerUpload) throw new ActionRefusal(ATTACHMENT_ERRORS.tooMany, ATTACHMENTS_FIELD);
  const out: TCheckedAttachment[] = [];
  for (const file of files) {
    const size = file.bytes.byteLength;
    const sniffable = size > 0 && size <= ATTACHMENT_LIMITS.maxBytes;
    const detected = sniffable ? await sniffKind(file.bytes) : null;
    const fileName = cleanFileName(file.name);
    const verdict = judgeAttachment({ name: fileName, size, detected });
    if (!verdict.ok) throw new ActionRefusal(verdict.error, ATTACHMENTS_FIELD);
    const bytes = new Uint8Array(size);
    bytes.set(file.bytes);
    out.push({ fileName, kind: verdict.kind, mime: verdict.mime, size, sha256: createHash("sha256").update(bytes).digest("hex"), bytes });
  }
  return out;
}

/**
 * Stores checked files on an item inside the caller's transaction. The item row is locked first,
 * so two uploads at once cannot pass the per-item limit together.
 */
export async function saveAttachmentsInTx(tx: TTx, itemId: string, uploadedById: string | null, files: readonly TCheckedAttachment[], now: Date): Promise<void> {
  if (files.length === 0) return;
  await tx.$queryRaw`SELECT 1 FROM "Item" WHERE "id" = ${itemId}::uuid FOR UPDATE`;
  const existing = await tx.itemAttachment.count({ where: { itemId } });
  const problem = countProblem(files.length, existing);
  if (problem) throw new ActionRefusal(problem, ATTACHMENTS_FIELD);
  await tx.itemAttachment.createMany({
    data: files.map((f) => ({ itemId, uploadedById, createdAt: now, fileName: f.fileName, kind: f.kind, mime: f.mime, size: f.size, sha256: f.sha256, bytes: f.bytes })),
  });
}

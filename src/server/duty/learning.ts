import "server-only";
import type { TLearningKind } from "@/domain/duty/record-types";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import type { TActor } from "../authz";
import { assertCan } from "../authz";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import { ZLearningInput } from "./inputs";
import type { TDutyActor } from "./records";
import { committeeScope, isUuid } from "./scope";
import { checkDocument, fileBytes } from "./uploads";

/**
 * The learning column (学习园地): staff post articles, files and links for their committee; its
 * staff, leaders and deputies read them.
 */
async function readerCommittee(actor: TActor): Promise<string> {
  assertCan(actor, "learning:read");
  if (actor.role === "DEPUTY") {
    const d = actor.deputyId ? await getDb().deputy.findUnique({ where: { id: actor.deputyId }, select: { committeeId: true } }) : null;
    if (!d) throw new NotFoundError();
    return d.committeeId;
  }
  return committeeScope(actor);
}

export type TLearningRow = { id: string; kind: TLearningKind; title: string; body: string | null; url: string | null; fileName: string | null; size: number | null; createdAt: Date };

export async function listLearning(actor: TActor): Promise<TLearningRow[]> {
  const committeeId = await readerCommittee(actor);
  return getDb().learningResource.findMany({
    where: { committeeId },
    select: { id: true, kind: true, title: true, body: true, url: true, fileName: true, size: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }],
    take: 100,
  });
}

export async function createLearning(actor: TDutyActor, input: unknown, ctx: TRequestContext): Promise<{ id: string }> {
  assertCan(actor, "duty:manage");
  const committeeId = committeeScope(actor);
  const r = ZLearningInput.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ActionRefusal(issue?.code === "unrecognized_keys" ? "actions.unknownField" : (issue?.message ?? "actions.invalid"), issue?.code === "unrecognized_keys" ? undefined : String(issue?.path[0] ?? ""));
  }
  const d = r.data;
  if (d.kind === "ARTICLE" && !d.body) throw new ActionRefusal("duty.errors.bodyRequired", "body");
  if (d.kind === "LINK" && !d.url) throw new ActionRefusal("duty.errors.urlInvalid", "url");
  const raw = d.kind === "FILE" ? await fileBytes(d.file) : null;
  if (d.kind === "FILE" && !raw) throw new ActionRefusal("duty.errors.fileRequired", "file");
  const file = raw ? await checkDocument(raw.bytes, raw.name) : null;
  return getDb().$transaction(async (tx) => {
    const row = await tx.learningResource.create({
      data: {
        committeeId, kind: d.kind, title: d.title,
        body: d.kind === "ARTICLE" ? (d.body ?? null) : null,
        url: d.kind === "LINK" ? (d.url ?? null) : null,
        ...(file ? { fileName: file.fileName, mime: file.mime, size: file.size, bytes: file.bytes } : {}),
      },
      select: { id: true },
    });
    await writeAudit(tx, { actor: { id: actor.id, username: actor.username, role: actor.role }, action: "duty.learning.create", objectType: "LearningResource", objectId: row.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId });
    return row;
  });
}

export async function getLearningFile(actor: TActor, id: string): Promise<{ bytes: Uint8Array; mime: string; fileName: string }> {
  const committeeId = await readerCommittee(actor);
  const r = isUuid(id) ? await getDb().learningResource.findUnique({ where: { id }, select: { committeeId: true, bytes: true, mime: true, fileName: true } }) : null;
  if (!r || r.committeeId !== committeeId || !r.bytes || !r.mime || !r.fileName) throw new NotFoundError();
  return { bytes: r.bytes, mime: r.mime, fileName: r.fileName };
}

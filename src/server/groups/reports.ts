import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { judgeReport, REPORT_MAX_BYTES, reportFileName, type TReportExt } from "@/domain/stations/report-file";
import { ActionRefusal } from "@/server/actions";
import type { TActor } from "@/server/authz";
import { writeAudit } from "@/server/audit";
import { getDb } from "@/server/db";
import { isId } from "@/server/directory/ids";
import { NotFoundError } from "@/server/errors";
import type { TRequestContext } from "@/server/request-context";
import type { TSessionUser } from "@/server/session";
import { auditActor, TX_OPTIONS } from "@/server/stations/tx";
import { groupFor } from "./access";

export type TUploadReport = { activityId: string; title: string; bytes: Uint8Array };

const ERROR_KEYS = { empty: "groups.errors.fileEmpty", tooLarge: "groups.errors.fileTooLarge", badType: "groups.errors.fileType" } as const;

/**
 * A research report (调研报告) on an activity: PDF or DOCX recognised by its magic bytes, 10 MB at
 * most, stored in the database with its sha256. Only staff who run the group.
 */
export async function uploadGroupReport(actor: TSessionUser, input: TUploadReport, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  if (!isId(input.activityId)) throw new NotFoundError("activity");
  const size = input.bytes.byteLength;
  const detected = size > 0 && size <= REPORT_MAX_BYTES ? await fileTypeFromBuffer(input.bytes) : undefined;
  const verdict = judgeReport(size, detected);
  if (!verdict.ok) throw new ActionRefusal(ERROR_KEYS[verdict.error], "file");
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  return getDb().$transaction(async (tx) => {
    const activity = await tx.groupActivity.findUnique({ where: { id: input.activityId }, select: { id: true, groupId: true } });
    if (!activity) throw new NotFoundError("activity");
    await groupFor(actor, activity.groupId, true, tx);
    const report = await tx.groupReport.create({
      data: { activityId: activity.id, title: input.title, ext: verdict.ext, mime: verdict.mime, size, sha256, bytes: Buffer.from(input.bytes), uploadedById: actor.id, createdAt: now },
      select: { id: true },
    });
    await writeAudit(tx, { actor: auditActor(actor), action: "group.report.upload", objectType: "GroupReport", objectId: report.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { activityId: activity.id, ext: verdict.ext, size, sha256 }, at: now });
    return report;
  }, TX_OPTIONS);
}

export type TReportFile = { fileName: string; mime: string; bytes: Uint8Array };

/** The report's bytes for a reader of its group; each download is audited. */
export async function downloadGroupReport(actor: TSessionUser, reportId: string, ctx: TRequestContext, now = new Date()): Promise<TReportFile> {
  if (!isId(reportId)) throw new NotFoundError("report");
  return getDb().$transaction(async (tx) => {
    const report = await tx.groupReport.findUnique({ where: { id: reportId }, select: { id: true, title: true, ext: true, mime: true, bytes: true, activity: { select: { groupId: true } } } });
    if (!report) throw new NotFoundError("report");
    await groupFor(actor as TActor, report.activity.groupId, false, tx);
    await writeAudit(tx, { actor: auditActor(actor), action: "group.report.download", objectType: "GroupReport", objectId: report.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, at: now });
    return { fileName: reportFileName(report.title, report.ext as TReportExt), mime: report.mime, bytes: new Uint8Array(report.bytes) };
  }, TX_OPTIONS);
}

import "server-only";
import type { AuditResult } from "@/generated/prisma/enums";
import { recordAudit, verifyAuditChain, type TChainReport } from "../audit";
import { getDb } from "../db";
import type { TRequestContext } from "../request-context";
import { assertCan } from "../authz";
import type { TSessionUser } from "../session";

export const AUDIT_PAGE_SIZE = 50;

export type TAuditFilters = { action?: string; actor?: string; result?: AuditResult; page: number };

/** The auditor reads the log (and the reading is itself recorded). Nobody else does. */
export async function listAuditLog(actor: TSessionUser, filters: TAuditFilters, ctx: TRequestContext) {
  assertCan(actor, "audit:read");
  const where = {
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.actor ? { actorName: { contains: filters.actor.toLowerCase() } } : {}),
    ...(filters.result ? { result: filters.result } : {}),
  };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, actorName: true, actorRole: true, action: true, objectType: true, objectId: true, result: true, ip: true, requestId: true, detail: true },
    }),
  ]);
  if (filters.page === 1) {
    await recordAudit(db, {
      actor: { id: actor.id, username: actor.username, role: actor.role },
      action: "audit.read",
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
  }
  return {
    items: rows.map((r) => ({ ...r, id: r.id.toString(), detail: r.detail === null ? null : JSON.stringify(r.detail) })),
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

export async function verifyChain(actor: TSessionUser, ctx: TRequestContext): Promise<TChainReport> {
  assertCan(actor, "audit:read");
  const db = getDb();
  const report = await verifyAuditChain(db);
  await recordAudit(db, {
    actor: { id: actor.id, username: actor.username, role: actor.role },
    action: "audit.verify",
    result: report.firstBrokenId === null ? "SUCCESS" : "FAILURE",
    ip: ctx.ip,
    requestId: ctx.requestId,
    detail: { checked: report.checked, firstBrokenId: report.firstBrokenId?.toString() ?? null },
  });
  return report;
}

import "server-only";
import type { AuditResult, Role } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import { auditHash, GENESIS_HASH, type TAuditFields } from "@/domain/audit-chain";
import type { TDb, TTx } from "./db";

/** Actions recorded in the audit log; extend as features add commands. */
export type TAuditAction =
  | "auth.login"
  | "auth.logout"
  | "auth.session.revoked"
  | "account.password.change"
  | "user.create"
  | "user.update"
  | "user.disable"
  | "user.enable"
  | "user.role.change"
  | "user.password.reset"
  | "audit.read"
  | "audit.verify"
  | "admin.create.cli"
  | "item.submit"
  | "item.transition"
  | "item.export"
  | "auth.mfa"
  | "auth.mfa.enrol"
  | "auth.mfa.enabled"
  | "user.mfa.reset"
  // duty (issue 5)
  | "duty.record.create" | "duty.record.update" | "duty.record.submit" | "duty.record.confirm" | "duty.record.return"
  | "duty.photo.add" | "duty.attendance" | "duty.rules.update" | "duty.derived.sync" | "duty.report.export"
  | "duty.reflection.create" | "duty.training.create" | "duty.training.enrol" | "duty.training.attendance"
  | "duty.training.material" | "duty.learning.create" | "duty.story.create" | "duty.story.publish"
  | "settings.loop.update"
  | "job.loop.run"
  // deputies
  | "deputy.create"
  | "deputy.update"
  | "deputy.deactivate"
  | "deputy.reactivate"
  | "deputy.profile.update"
  | "deputy.pii.reveal"
  | "deputy.import.validate"
  | "deputy.import.commit"
  | "deputy.import.discard"
  | "deputy.export"
  // stations, groups, grid
  | "station.create"
  | "station.update"
  | "station.reception.publish"
  | "station.reception.cancel"
  | "station.visit.record"
  | "station.event.create"
  | "station.event.issue"
  | "grid.cell.create"
  | "grid.finding.report"
  | "group.theme.create"
  | "group.activity.create"
  | "group.report.upload"
  | "group.report.download"
  // livelihood (issue 7): plans, candidates, ballots (never the choices), supervision, ratings
  | `livelihood.${"plan" | "candidate" | "ballot" | "milestone" | "inspection" | "rating" | "topic" | "finding"}.${string}`
  | "item.contact.reveal"
  | "item.attachment.add"
  | "item.attachment.download";

export type TAuditEntry = {
  actor?: { id: string; username: string; role: Role } | null;
  /** sign-in attempts name an account that may not exist */
  actorName?: string | null;
  action: TAuditAction;
  objectType?: string | null;
  objectId?: string | null;
  result: AuditResult;
  ip?: string | null;
  requestId?: string | null;
  /** never passwords, tokens or full ID numbers (security.md #9) */
  detail?: Record<string, string | number | boolean | null>;
  at?: Date;
};

// One chain, one writer at a time: the advisory lock is held to the end of the transaction.
const AUDIT_LOCK_KEY = 7_270_731;

/**
 * Appends one row, chained to the previous one. Call it with the transaction client of the command
 * it records, so that the change and its audit row commit together or not at all.
 */
export async function writeAudit(tx: TTx, entry: TAuditEntry): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY}::bigint)`;
  const last = await tx.auditLog.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const fields: TAuditFields = {
    at: entry.at ?? new Date(),
    actorId: entry.actor?.id ?? null,
    actorName: (entry.actor?.username ?? entry.actorName ?? null)?.slice(0, 64) ?? null,
    actorRole: entry.actor?.role ?? null,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result,
    ip: entry.ip?.slice(0, 64) ?? null,
    requestId: entry.requestId?.slice(0, 64) ?? null,
    detail: entry.detail ?? null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.auditLog.create({
    data: {
      ...fields,
      actorRole: entry.actor?.role ?? null,
      result: entry.result,
      detail: entry.detail ?? Prisma.DbNull,
      prevHash,
      hash: auditHash(prevHash, fields),
    },
  });
}

/** Writes an audit row in a transaction of its own (for events with no other change). */
export function recordAudit(db: TDb, entry: TAuditEntry): Promise<void> {
  return db.$transaction((tx) => writeAudit(tx, entry));
}

export type TChainReport = { checked: number; firstBrokenId: bigint | null };

/** Walks the whole chain in id order and reports the first row whose hash does not hold. */
export async function verifyAuditChain(db: TDb, batch = 2_000): Promise<TChainReport> {
  let prevHash = GENESIS_HASH;
  let afterId = BigInt(0);
  let checked = 0;
  for (;;) {
    const rows = await db.auditLog.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: batch });
    if (rows.length === 0) return { checked, firstBrokenId: null };
    for (const row of rows) {
      const expected = auditHash(prevHash, {
        at: row.at,
        actorId: row.actorId,
        actorName: row.actorName,
        actorRole: row.actorRole,
        action: row.action,
        objectType: row.objectType,
        objectId: row.objectId,
        result: row.result,
        ip: row.ip,
        requestId: row.requestId,
        detail: row.detail,
      });
      if (row.prevHash !== prevHash || row.hash !== expected) return { checked, firstBrokenId: row.id };
      prevHash = row.hash;
      afterId = row.id;
      checked++;
    }
  }
}

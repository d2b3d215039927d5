import { z } from "zod";

/**
 * How long audit rows are kept (security.md #10; MLPS: at least six months). The database refuses
 * to delete them at all (append-only trigger); this setting is the period an archival procedure
 * must respect, and it refuses anything shorter than 184 days.
 */
export const AUDIT_RETENTION_MIN_DAYS = 184;
export const AUDIT_RETENTION_DEFAULT_DAYS = 365;

export const ZAuditRetentionDays = z.coerce
  .number()
  .int("AUDIT_RETENTION_DAYS must be a whole number of days")
  .min(AUDIT_RETENTION_MIN_DAYS, `AUDIT_RETENTION_DAYS must be at least ${AUDIT_RETENTION_MIN_DAYS} (six months, MLPS level 3)`)
  .max(36_500)
  .default(AUDIT_RETENTION_DEFAULT_DAYS);

/** The oldest moment an archival run may remove rows before: never inside the retention period. */
export function auditRetentionCutoff(now: Date, retentionDays: number): Date {
  const days = ZAuditRetentionDays.parse(retentionDays);
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}

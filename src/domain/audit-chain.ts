import { createHash } from "node:crypto";

/**
 * The audit log's hash chain (security.md #10): each row's hash is SM3 over the previous row's hash
 * and the row's own fields in a fixed order, so an edited, removed or inserted row breaks the chain.
 * (node:crypto is the standard library, not a framework: this module stays pure.)
 */
export const GENESIS_HASH = "0".repeat(64);

export type TAuditFields = {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  ip: string | null;
  requestId: string | null;
  detail: unknown;
};

/** JSON with object keys sorted at every depth: jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function sm3Hex(text: string): string {
  return createHash("sm3").update(text, "utf8").digest("hex");
}

export function auditHash(prevHash: string, f: TAuditFields): string {
  const body = canonicalJson([
    prevHash,
    f.at.toISOString(),
    f.actorId,
    f.actorName,
    f.actorRole,
    f.action,
    f.objectType,
    f.objectId,
    f.result,
    f.ip,
    f.requestId,
    f.detail ?? null,
  ]);
  return sm3Hex(body);
}

import "server-only";
import { z } from "zod";
import { ActionRefusal } from "../actions";
import type { TActor } from "../authz";
import type { TAuditEntry } from "../audit";
import type { TTx } from "../db";
import { getDb } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";

/** Audit rows of this area name their actor like every other command. */
export type TLivelihoodActor = TActor & { username: string };
export const auditActor = (a: TLivelihoodActor): TAuditEntry["actor"] => ({ id: a.id, username: a.username, role: a.role });

// The audit chain serializes writers: a burst of ballots may queue for it.
export const TX_OPTIONS = { maxWait: 30_000, timeout: 60_000 } as const;

type TReader = Pick<TTx, "deputy" | "handlingUnit">;

/**
 * The standing committee whose livelihood projects the actor works with: staff and leaders their
 * own committee, a deputy the congress they were elected to (active deputies only), a unit the
 * committee it handles work for. Anyone else has none.
 */
export async function committeeOf(actor: TActor, db: TReader = getDb()): Promise<string> {
  if (actor.role === "STAFF" || actor.role === "LEADER") {
    if (actor.committeeId) return actor.committeeId;
  } else if (actor.role === "DEPUTY" && actor.deputyId) {
    const d = await db.deputy.findUnique({ where: { id: actor.deputyId }, select: { committeeId: true, status: true, userId: true } });
    if (d && d.status === "ACTIVE" && d.userId === actor.id) return d.committeeId;
  } else if (actor.role === "UNIT" && actor.unitId) {
    const u = await db.handlingUnit.findUnique({ where: { id: actor.unitId }, select: { committeeId: true, active: true } });
    if (u?.active) return u.committeeId;
  }
  throw new ForbiddenError("no livelihood scope");
}

/** An id from a form or a URL: anything that is not a UUID is simply not found. */
export function uuidOrNotFound(id: unknown): string {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}

/** A refusal of the livelihood rules, shown next to `field` when given. */
export const refuse = (key: string, field?: string): never => {
  throw new ActionRefusal(key, field);
};

/** PostgreSQL's unique violation, as Prisma reports it through the pg and PGlite adapters. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    const rec = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (rec.code === "P2002" || rec.code === "23505") return true;
    if (typeof rec.message === "string" && /Unique constraint|duplicate key value/i.test(rec.message)) return true;
    e = rec.cause;
  }
  return false;
}

import "server-only";
import type { TActor } from "../authz";
import { assertCan } from "../authz";
import { getDb, type TTx } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";

/**
 * Who may see which deputy's duty data (security.md #7), decided here and nowhere else:
 * a DEPUTY only themselves; STAFF and LEADER the deputies elected to their standing committee;
 * every other role nothing. An id that is not a deputy, or one outside the caller's scope, is
 * answered "not found", so a forged id learns nothing.
 */
export type TDeputyRef = { id: string; name: string; committeeId: string; userId: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: unknown): s is string => typeof s === "string" && UUID.test(s);

export function mayReadDeputy(actor: TActor, deputy: { id: string; committeeId: string }): boolean {
  switch (actor.role) {
    case "DEPUTY":
      return actor.deputyId === deputy.id;
    case "STAFF":
    case "LEADER":
      return actor.committeeId !== null && actor.committeeId === deputy.committeeId;
    case "ADMIN":
    case "AUDITOR":
    case "UNIT":
    case "STATION_MANAGER":
      return false;
  }
}

/** The deputy, if the actor may read their duty data; otherwise NotFound (or Forbidden for roles with no duty access). */
export async function loadDeputyFor(actor: TActor, deputyId: string, db: TTx | ReturnType<typeof getDb> = getDb()): Promise<TDeputyRef> {
  if (actor.role !== "DEPUTY") assertCan(actor, "duty:read");
  if (!isUuid(deputyId)) throw new NotFoundError();
  const deputy = await db.deputy.findUnique({ where: { id: deputyId }, select: { id: true, name: true, committeeId: true, userId: true } });
  if (!deputy || !mayReadDeputy(actor, deputy)) throw new NotFoundError();
  return deputy;
}

/** The committee whose duty data a STAFF or LEADER account works on. */
export function committeeScope(actor: TActor): string {
  assertCan(actor, "duty:read");
  if (!actor.committeeId) throw new ForbiddenError("no committee");
  return actor.committeeId;
}

/** The deputy record of a DEPUTY account (its own), or Forbidden. */
export function ownDeputyId(actor: TActor): string {
  assertCan(actor, "duty:recordOwn");
  if (!actor.deputyId) throw new ForbiddenError("no deputy record");
  return actor.deputyId;
}

export const dayKey = (d: Date): string => d.toISOString().slice(0, 10);
export const dayDate = (key: string): Date => new Date(`${key}T00:00:00Z`);

import "server-only";
import { NotFoundError } from "@/server/errors";
import { assertCan, type TActor } from "../authz";
import type { TTx } from "../db";
import { getDb } from "../db";
import { isId } from "../directory/ids";
import { regionTreeOf } from "../directory/scope";

/**
 * Who may write which deputy (security.md #7). Staff keep the register of the congresses in their
 * committee's region (their own and those below it): they create deputies there and edit only
 * deputies elected to one of those congresses. Anything else does not exist for them (404).
 */
export type TWriteScope = { regionIds: Set<string>; committeeIds: Set<string> };

export async function writeScopeOf(actor: TActor): Promise<TWriteScope> {
  assertCan(actor, "deputy:write");
  const tree = await regionTreeOf(actor);
  if (tree.ids.length === 0) return { regionIds: new Set(), committeeIds: new Set() };
  const committees = await getDb().standingCommittee.findMany({ where: { regionId: { in: tree.ids } }, select: { id: true } });
  return { regionIds: new Set(tree.ids), committeeIds: new Set(committees.map((c) => c.id)) };
}

/** The deputy, locked for the rest of the transaction, when the actor may write it; else 404. */
export async function lockWritableDeputy(tx: TTx, scope: TWriteScope, deputyId: string): Promise<{ id: string; committeeId: string }> {
  if (!isId(deputyId)) throw new NotFoundError("deputy");
  const rows = await tx.$queryRaw<{ id: string; committeeId: string }[]>`
    SELECT "id", "committeeId" FROM "Deputy" WHERE "id" = ${deputyId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row || !scope.committeeIds.has(row.committeeId)) throw new NotFoundError("deputy");
  return row;
}

import "server-only";
import { can } from "@/domain/permissions";
import { writeAudit, recordAudit } from "../audit";
import { getDb } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { isId } from "../directory/ids";
import { regionTreeOf } from "../directory/scope";
import type { TRequestContext } from "../request-context";
import type { TSessionUser } from "../session";
import { decryptField, type TPiiField } from "./pii";

const COLUMN = { idCard: "idCardCipher", phone: "phoneCipher", address: "addressCipher" } as const;

/**
 * One deliberate look at one clear value (security.md #11): needs deputy:revealPii and the deputy
 * in the actor's scope, and is audited in the same transaction that reads it (field name only,
 * never the value). A refusal for want of the permission is audited too (DENIED).
 */
export async function revealDeputyPii(actor: TSessionUser, deputyId: string, field: TPiiField, ctx: TRequestContext): Promise<string> {
  const base = { actor: { id: actor.id, username: actor.username, role: actor.role }, objectType: "Deputy", ip: ctx.ip, requestId: ctx.requestId };
  if (!can(actor.role, "deputy:revealPii")) {
    await recordAudit(getDb(), { ...base, action: "deputy.pii.reveal", objectId: isId(deputyId) ? deputyId : null, result: "DENIED", detail: { field } });
    throw new ForbiddenError(`${actor.role} lacks deputy:revealPii`);
  }
  if (!isId(deputyId)) throw new NotFoundError("deputy");
  const tree = await regionTreeOf(actor);
  return getDb().$transaction(async (tx) => {
    const row = await tx.deputy.findFirst({
      where: { id: deputyId, regionId: { in: tree.ids } },
      select: { idCardCipher: true, phoneCipher: true, addressCipher: true },
    });
    if (!row) throw new NotFoundError("deputy");
    const stored = row[COLUMN[field]];
    if (!stored) throw new NotFoundError("value");
    const value = decryptField(field, stored);
    await writeAudit(tx, { ...base, action: "deputy.pii.reveal", objectId: deputyId, result: "SUCCESS", detail: { field } });
    return value;
  });
}

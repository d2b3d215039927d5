import "server-only";
import { z } from "zod";
import { can } from "@/domain/permissions";
import { maskPhone } from "@/domain/pii/mask";
import { writeAudit } from "../audit";
import type { TActor } from "../authz";
import { decryptPii, encryptPii } from "../crypto/pii-cipher";
import { getDb } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import type { TSessionUser } from "../session";
import { canSee, loadFacts } from "./facts";

/**
 * The phone of a submitter without an account (security.md #11): stored only encrypted (SM4 + MAC,
 * bound to this column by its context), shown masked to the staff of the item's committee, shown
 * in full only to a holder of deputy:revealPii, and every reveal is audited.
 */
export const CONTACT_CONTEXT = "Item.contact";

export const encryptContact = (normalizedPhone: string): string => encryptPii(normalizedPhone, CONTACT_CONTEXT);

/** Only the committee's staff see that there is a contact at all. */
async function readableContact(actor: TActor, itemId: string): Promise<string | null> {
  if (!z.uuid().safeParse(itemId).success) throw new NotFoundError();
  const db = getDb();
  const loaded = await loadFacts(db, itemId);
  if (!loaded || !canSee(actor, loaded.facts)) throw new NotFoundError();
  if (actor.role !== "STAFF") return null;
  const row = await db.item.findUniqueOrThrow({ where: { id: itemId }, select: { contactCipher: true } });
  return row.contactCipher;
}

/** "138****5678" for the committee's staff; null for everyone else or when there is none. */
export async function maskedContact(actor: TActor, itemId: string): Promise<string | null> {
  const stored = await readableContact(actor, itemId);
  return stored ? maskPhone(decryptPii(stored, CONTACT_CONTEXT)) : null;
}

/** The full number, for a holder of deputy:revealPii among the committee's staff; audited. */
export async function revealContact(actor: TSessionUser, itemId: string, ctx: TRequestContext): Promise<string> {
  if (!can(actor.role, "deputy:revealPii")) throw new ForbiddenError(`${actor.role} may not reveal personal data`);
  const stored = await readableContact(actor, itemId);
  if (!stored) throw new NotFoundError();
  const phone = decryptPii(stored, CONTACT_CONTEXT);
  await getDb().$transaction((tx) =>
    writeAudit(tx, {
      actor: { id: actor.id, username: actor.username, role: actor.role },
      action: "item.contact.reveal",
      objectType: "Item",
      objectId: itemId,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
    }),
  );
  return phone;
}

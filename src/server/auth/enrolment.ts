import "server-only";
import { ZLoginInput } from "@/domain/login-input";
import { requiresMfa } from "@/domain/mfa/policy";
import { isRole } from "@/domain/roles";
import { writeAudit } from "../audit";
import { getDb } from "../db";
import type { TRequestContext } from "../request-context";
import { checkCredentials } from "./credentials";
import { auditBase } from "./authenticate";
import { enrolmentFor, newTotpSecret, sealTotpSecret, type TEnrolment } from "./totp";

export type TEnrolmentResult = { ok: true; enrolment: TEnrolment } | { ok: false; code: "INPUT" | "INVALID" | "LOCKED" | "THROTTLED" };

/**
 * Enrolment at sign-in for an account whose role needs TOTP and has none: the password is checked
 * again (counted like any sign-in), a new secret is kept as pending and shown once; the first valid
 * code at sign-in confirms it. An account that already has TOTP gets INVALID — resetting it is an
 * administrator's audited action, never something a password alone can do.
 */
export async function beginEnrolment(raw: unknown, ctx: TRequestContext, now = new Date()): Promise<TEnrolmentResult> {
  const parsed = ZLoginInput.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "INPUT" };
  const audit = auditBase(raw, ctx, now);
  const first = await checkCredentials(parsed.data.username, parsed.data.password, ctx, audit, now);
  if (!first.ok) return first;
  const user = first.user;
  if (!isRole(user.role) || !requiresMfa(user.role) || user.totpSecretCipher) return { ok: false, code: "INVALID" };

  const secret = newTotpSecret();
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpPendingCipher: sealTotpSecret(secret, user.id) } });
    await writeAudit(tx, { ...audit, actor: user, action: "auth.mfa.enrol", objectType: "User", objectId: user.id, result: "SUCCESS" });
  });
  return { ok: true, enrolment: await enrolmentFor(secret, user.username) };
}

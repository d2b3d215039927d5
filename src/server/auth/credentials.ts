import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { ACCOUNT_POLICY, IP_POLICY } from "@/domain/login-throttle";
import { writeAudit, type TAuditAction } from "../audit";
import { getDb } from "../db";
import type { TRequestContext } from "../request-context";
import { verifyPassword } from "./password";
import { accountKey, countFailure, ipKey, throttleLocked } from "./throttle";

export type TCredentialFailure = "INVALID" | "LOCKED" | "THROTTLED";
export type TCheckedUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  sessionVersion: number;
  totpSecretCipher: string | null;
  totpPendingCipher: string | null;
  totpLastStep: number | null;
};
export type TCredentialResult = { ok: true; user: TCheckedUser } | { ok: false; code: TCredentialFailure };

export type TAuditBase = { actorName: string | null; ip: string | null; requestId: string | null; at: Date };

/** One failed factor, counted against the account and the address; true when that locked the account. */
export async function countLoginFailure(username: string, ctx: TRequestContext, audit: TAuditBase, action: TAuditAction, user: { id: string } | null, reason: string, now: Date): Promise<boolean> {
  const ipk = ctx.ip ? ipKey(ctx.ip) : null;
  return getDb().$transaction(async (tx) => {
    const state = await countFailure(tx, accountKey(username), now, ACCOUNT_POLICY);
    if (ipk) await countFailure(tx, ipk, now, IP_POLICY);
    await writeAudit(tx, {
      ...audit,
      action,
      objectType: user ? "User" : null,
      objectId: user?.id ?? null,
      result: "FAILURE",
      detail: { reason, failures: state.failures, locked: state.lockedUntil !== null },
    });
    return state.lockedUntil !== null;
  });
}

/**
 * The first factor: IP and account throttles consulted, the password verified (argon2id, constant
 * work for unknown names), a failure counted and audited. Success is not audited here: the caller
 * decides whether a second factor is still owed.
 */
export async function checkCredentials(username: string, password: string, ctx: TRequestContext, audit: TAuditBase, now: Date): Promise<TCredentialResult> {
  const db = getDb();
  // No trustworthy address (a misconfigured proxy chain): count per account only, rather than
  // pooling every such request into one bucket that a few failures would close for everyone.
  const ipk = ctx.ip ? ipKey(ctx.ip) : null;
  const blocked = await db.$transaction(async (tx) => {
    const reason = ipk && (await throttleLocked(tx, ipk, now)) ? "THROTTLED" : (await throttleLocked(tx, accountKey(username), now)) ? "LOCKED" : null;
    if (reason) await writeAudit(tx, { ...audit, action: "auth.login", result: "DENIED", detail: { reason: reason.toLowerCase() } });
    return reason;
  });
  if (blocked) return { ok: false, code: blocked };

  const user = await db.user.findUnique({
    where: { username },
    select: {
      id: true, username: true, displayName: true, role: true, sessionVersion: true, active: true, passwordHash: true,
      totpSecretCipher: true, totpPendingCipher: true, totpLastStep: true,
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (user && user.active && passwordOk) {
    const { id, displayName, role, sessionVersion, totpSecretCipher, totpPendingCipher, totpLastStep } = user;
    return { ok: true, user: { id, username: user.username, displayName, role, sessionVersion, totpSecretCipher, totpPendingCipher, totpLastStep } };
  }
  const reason = !user ? "unknown" : !user.active ? "disabled" : "password";
  const locked = await countLoginFailure(username, ctx, audit, "auth.login", user, reason, now);
  return { ok: false, code: locked ? "LOCKED" : "INVALID" };
}

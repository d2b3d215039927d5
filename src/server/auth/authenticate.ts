import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { ACCOUNT_POLICY, IP_POLICY } from "@/domain/login-throttle";
import { ZLoginInput } from "@/domain/login-input";
import { SESSION_ABSOLUTE_SECONDS } from "@/domain/session-policy";
import { writeAudit } from "../audit";
import { getDb } from "../db";
import type { TRequestContext } from "../request-context";
import { verifyPassword } from "./password";
import { accountKey, clearThrottle, countFailure, ipKey, throttleLocked } from "./throttle";

/** What the login form is told. The same INVALID for an unknown name and a wrong password. */
export type TLoginFailure = "INPUT" | "INVALID" | "LOCKED" | "THROTTLED";
export type TAuthenticated = { id: string; username: string; displayName: string; role: Role; sessionVersion: number; sessionId: string };
export type TAuthResult = { ok: true; user: TAuthenticated } | { ok: false; code: TLoginFailure };

/**
 * One sign-in attempt: input checked, IP and account throttles consulted, password verified
 * (argon2id, constant work for unknown names), counters and the audit row written together.
 */
export async function authenticate(raw: unknown, ctx: TRequestContext, now = new Date()): Promise<TAuthResult> {
  const db = getDb();
  const parsed = ZLoginInput.safeParse(raw);
  const attempted = typeof (raw as { username?: unknown })?.username === "string"
    ? String((raw as { username: string }).username).trim().toLowerCase().slice(0, 64)
    : null;
  const audit = { actorName: attempted, ip: ctx.ip, requestId: ctx.requestId, at: now } as const;

  if (!parsed.success) {
    await db.$transaction((tx) =>
      writeAudit(tx, { ...audit, action: "auth.login", result: "FAILURE", detail: { reason: "input" } }),
    );
    return { ok: false, code: "INPUT" };
  }
  const { username, password } = parsed.data;
  const acct = accountKey(username);
  // No trustworthy address (a misconfigured proxy chain): count per account only, rather than
  // pooling every such request into one bucket that a few failures would close for everyone.
  const ipk = ctx.ip ? ipKey(ctx.ip) : null;

  const blocked = await db.$transaction(async (tx) => {
    const reason = ipk && (await throttleLocked(tx, ipk, now)) ? "THROTTLED" : (await throttleLocked(tx, acct, now)) ? "LOCKED" : null;
    if (reason) {
      await writeAudit(tx, { ...audit, action: "auth.login", result: "DENIED", detail: { reason: reason.toLowerCase() } });
    }
    return reason;
  });
  if (blocked) return { ok: false, code: blocked };

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, username: true, displayName: true, role: true, sessionVersion: true, active: true, passwordHash: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);

  if (user && user.active && passwordOk) {
    const session = await db.$transaction(async (tx) => {
      await clearThrottle(tx, acct);
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      const created = await tx.userSession.create({
        data: { userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_SECONDS * 1000), ip: ctx.ip },
        select: { id: true },
      });
      await writeAudit(tx, { ...audit, actor: user, action: "auth.login", objectType: "UserSession", objectId: created.id, result: "SUCCESS" });
      return created;
    });
    const { id, displayName, role, sessionVersion } = user;
    return { ok: true, user: { id, username: user.username, displayName, role, sessionVersion, sessionId: session.id } };
  }

  const locked = await db.$transaction(async (tx) => {
    const state = await countFailure(tx, acct, now, ACCOUNT_POLICY);
    if (ipk) await countFailure(tx, ipk, now, IP_POLICY);
    const reason = !user ? "unknown" : !user.active ? "disabled" : "password";
    await writeAudit(tx, {
      ...audit,
      action: "auth.login",
      objectType: user ? "User" : null,
      objectId: user?.id ?? null,
      result: "FAILURE",
      detail: { reason, failures: state.failures, locked: state.lockedUntil !== null },
    });
    return state.lockedUntil !== null;
  });
  return { ok: false, code: locked ? "LOCKED" : "INVALID" };
}

import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { ZLoginInput } from "@/domain/login-input";
import { SESSION_ABSOLUTE_SECONDS } from "@/domain/session-policy";
import { writeAudit } from "../audit";
import { getDb } from "../db";
import type { TRequestContext } from "../request-context";
import { checkCredentials, countLoginFailure, type TAuditBase } from "./credentials";
import { judgeSecondFactor, spendStep } from "./second-factor";
import { accountKey, clearThrottle } from "./throttle";

/**
 * What the login form is told. The same INVALID for an unknown name and a wrong password.
 * TOTP_REQUIRED / MFA_ENROLL only follow a right password (the form then asks for the code, or
 * offers enrolment); TOTP_INVALID is a wrong, stale or reused code, counted like a wrong password.
 */
export type TLoginFailure = "INPUT" | "INVALID" | "LOCKED" | "THROTTLED" | "TOTP_REQUIRED" | "TOTP_INVALID" | "MFA_ENROLL";
export type TAuthenticated = { id: string; username: string; displayName: string; role: Role; sessionVersion: number; sessionId: string };
export type TAuthResult = { ok: true; user: TAuthenticated } | { ok: false; code: TLoginFailure };

export function auditBase(raw: unknown, ctx: TRequestContext, now: Date): TAuditBase {
  const attempted = typeof (raw as { username?: unknown })?.username === "string"
    ? String((raw as { username: string }).username).trim().toLowerCase().slice(0, 64)
    : null;
  return { actorName: attempted, ip: ctx.ip, requestId: ctx.requestId, at: now };
}

/**
 * One sign-in attempt: input checked, throttles consulted, password verified, then — for ADMIN,
 * AUDITOR and LEADER — the TOTP code (single use); counters, the session row and the audit row
 * written together.
 */
export async function authenticate(raw: unknown, ctx: TRequestContext, now = new Date()): Promise<TAuthResult> {
  const db = getDb();
  const audit = auditBase(raw, ctx, now);
  const parsed = ZLoginInput.safeParse(raw);
  if (!parsed.success) {
    await db.$transaction((tx) => writeAudit(tx, { ...audit, action: "auth.login", result: "FAILURE", detail: { reason: "input" } }));
    return { ok: false, code: "INPUT" };
  }
  const { username, password, totp } = parsed.data;
  const first = await checkCredentials(username, password, ctx, audit, now);
  if (!first.ok) return first;
  const user = first.user;

  const factor = judgeSecondFactor(user, totp, now);
  if (factor.kind === "required" || factor.kind === "enrol") {
    return { ok: false, code: factor.kind === "required" ? "TOTP_REQUIRED" : "MFA_ENROLL" };
  }
  if (factor.kind === "invalid") {
    const locked = await countLoginFailure(username, ctx, { ...audit }, "auth.mfa", user, "totp", now);
    return { ok: false, code: locked ? "LOCKED" : "TOTP_INVALID" };
  }

  const session = await db.$transaction(async (tx) => {
    if (factor.kind === "ok" && !(await spendStep(tx, user.id, factor, now))) return null;
    await clearThrottle(tx, accountKey(username));
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    const created = await tx.userSession.create({
      data: { userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_SECONDS * 1000), ip: ctx.ip },
      select: { id: true },
    });
    if (factor.kind === "ok" && factor.confirm) {
      await writeAudit(tx, { ...audit, actor: user, action: "auth.mfa.enabled", objectType: "User", objectId: user.id, result: "SUCCESS" });
    }
    const mfa = factor.kind === "ok" ? "totp" : "none";
    await writeAudit(tx, { ...audit, actor: user, action: "auth.login", objectType: "UserSession", objectId: created.id, result: "SUCCESS", detail: { mfa } });
    return created;
  });
  if (!session) {
    // another sign-in spent this code a moment ago
    const locked = await countLoginFailure(username, ctx, audit, "auth.mfa", user, "totp_reused", now);
    return { ok: false, code: locked ? "LOCKED" : "TOTP_INVALID" };
  }
  const { id, displayName, role, sessionVersion } = user;
  return { ok: true, user: { id, username: user.username, displayName, role, sessionVersion, sessionId: session.id } };
}

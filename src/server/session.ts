import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { decode, type JWT } from "next-auth/jwt";
import { can, type TPermission } from "@/domain/permissions";
import { isRole, type TRole } from "@/domain/roles";
import { judgeSession } from "@/domain/session-policy";
import { passwordExpired } from "@/domain/password-rotation";
import { authSecret, env } from "./env";
import { ForbiddenError, PasswordExpiredError, UnauthenticatedError, UnavailableError, isDatabaseUnavailable } from "./errors";
import { sessionCookieName } from "./auth/options";
import { loadSessionHolder } from "./auth/session-holder";

/** Who is asking: what src/server needs to authorize, nothing more. */
export type TSessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: TRole;
  committeeId: string | null;
  unitId: string | null;
  deputyId: string | null;
  /** past PASSWORD_MAX_AGE_DAYS: everything but changing it is refused */
  passwordExpired?: boolean;
  /** unread notifications when the request began (the shell's header), read with the session */
  unreadNotifications?: number;
};

/**
 * Judges a decoded session token against its session row and the user's row: the session not
 * signed out, the account active, its sessionVersion unchanged, the session under 12 hours old and
 * seen within 30 minutes.
 * `now` is seconds since the epoch (a parameter so that tests can move the clock).
 */
export async function resolveSessionUser(token: JWT | null, now = Math.floor(Date.now() / 1000)): Promise<TSessionUser | null> {
  if (!token?.sub || typeof token.sid !== "string" || typeof token.sv !== "number" || typeof token.authTime !== "number" || !isRole(token.role)) {
    return null;
  }
  const lastSeen = typeof token.lastSeen === "number" ? token.lastSeen : token.authTime;
  let row;
  try {
    row = await loadSessionHolder(token.sid, token.sub);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new UnavailableError(error);
    throw error;
  }
  const verdict = judgeSession({ authTime: token.authTime, lastSeen, sessionVersion: token.sv }, row, now);
  if (!row || verdict !== "valid") return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    committeeId: row.committeeId,
    unitId: row.unitId,
    deputyId: row.deputy?.id ?? null,
    passwordExpired: passwordExpired(row.passwordChangedAt, new Date(now * 1000), env().PASSWORD_MAX_AGE_DAYS),
    unreadNotifications: row.unreadNotifications,
  };
}

/** The signed-in user of this request, or null. One database read per request (React cache). */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  let token: JWT | null = null;
  try {
    token = await decode({ token: raw, secret: authSecret() });
  } catch {
    return null; // tampered, expired (idle) or signed with another secret
  }
  return resolveSessionUser(token);
});

async function loginPath(): Promise<string> {
  const h = await headers();
  const here = h.get("x-lvzhi-path");
  return here && here.startsWith("/") && !here.startsWith("//") ? `/login?callbackUrl=${encodeURIComponent(here)}` : "/login";
}

const CHANGE_PASSWORD: TPermission = "account:changeOwnPassword";

/**
 * For pages and layouts: the user, or a redirect to the sign-in page. A user whose password has
 * expired is sent to /account to change it (the shell and that page pass allowExpiredPassword).
 */
export async function requireUser(options: { allowExpiredPassword?: boolean } = {}): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(await loginPath());
  if (user.passwordExpired && !options.allowExpiredPassword) redirect("/account?expired=1");
  return user;
}

/** For pages: the user if their role holds the permission; otherwise the 403 page. */
export async function requirePermission(permission: TPermission): Promise<TSessionUser> {
  const user = await requireUser({ allowExpiredPassword: permission === CHANGE_PASSWORD });
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** For pages restricted to roles rather than one permission. */
export async function requireRole(...roles: TRole[]): Promise<TSessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** For server actions and route handlers: throws instead of redirecting. */
export async function requireActor(permission?: TPermission): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  if (user.passwordExpired && permission !== CHANGE_PASSWORD) throw new PasswordExpiredError();
  if (permission && !can(user.role, permission)) throw new ForbiddenError();
  return user;
}

/**
 * Session lifetime rules (security.md #4): a session ends after 30 idle minutes and after 12 hours
 * whatever happens, at once when the user signs out of it, and at once for all of a user's sessions
 * when their sessionVersion moves on (disabled, password or role changed). Pure, so that tests can drive it with any clock.
 */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export type TSessionClaims = { authTime: number; lastSeen: number; sessionVersion: number };
/** The user's row and this session's row: revoked when the user signed out of it. */
export type TSessionHolder = { active: boolean; sessionVersion: number; revoked: boolean };
export type TSessionVerdict = "valid" | "idle" | "expired" | "revoked";

/** `now` and the claims' times are seconds since the epoch. */
export function judgeSession(claims: TSessionClaims, holder: TSessionHolder | null, now: number): TSessionVerdict {
  if (!holder || holder.revoked || !holder.active || holder.sessionVersion !== claims.sessionVersion) return "revoked";
  if (now - claims.authTime >= SESSION_ABSOLUTE_SECONDS) return "expired";
  if (now - claims.lastSeen >= SESSION_IDLE_SECONDS) return "idle";
  return "valid";
}

import "server-only";
import { getDb } from "../db";

/**
 * One read that judges a session: the session row (revoked?) with its user (active? which
 * sessionVersion? and what the request needs to know about them). A token naming a session of
 * another user finds nothing.
 */
export async function loadSessionHolder(sessionId: string, userId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const row = await getDb().userSession.findUnique({
    where: { id: sessionId },
    select: {
      revokedAt: true,
      user: {
        select: {
          id: true, username: true, displayName: true, role: true, active: true, sessionVersion: true,
          committeeId: true, unitId: true, deputy: { select: { id: true } }, passwordChangedAt: true,
        },
      },
    },
  });
  if (!row || row.user.id !== userId) return null;
  return { ...row.user, revoked: row.revokedAt !== null };
}

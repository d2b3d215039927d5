import "server-only";
import { getDb } from "../db";

/**
 * One read that judges a session: the session row (revoked?) with its user (active? which
 * sessionVersion? and what the request needs to know about them, including the unread
 * notifications the shell's header shows). A token naming a session of another user finds nothing.
 * One SQL query (relationJoins): every signed-in page pays for it.
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
          _count: { select: { notifications: { where: { readAt: null } } } },
        },
      },
    },
  });
  if (!row || row.user.id !== userId) return null;
  const { _count, ...user } = row.user;
  return { ...user, unreadNotifications: _count.notifications, revoked: row.revokedAt !== null };
}

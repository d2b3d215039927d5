import "server-only";
import { z } from "zod";
import { getDb } from "../db";
import type { TActor } from "../authz";

/**
 * A user's own in-app notifications (transitions that need them, the loop job's reminders and
 * escalations). Every query is scoped to the caller's id: nobody reads or marks anyone else's.
 */

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type TNotificationRow = {
  id: string;
  kind: string;
  createdAt: Date;
  readAt: Date | null;
  item: { id: string; trackingNumber: string; title: string };
};

export async function unreadNotificationCount(actor: Pick<TActor, "id">): Promise<number> {
  return getDb().notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function listNotifications(actor: Pick<TActor, "id">, page: number, unreadOnly = false) {
  const where = { userId: actor.id, ...(unreadOnly ? { readAt: null } : {}) };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, createdAt: true, readAt: true, item: { select: { id: true, trackingNumber: true, title: true } } },
    }),
  ]);
  return { total, rows: rows satisfies TNotificationRow[], pageSize: NOTIFICATIONS_PAGE_SIZE };
}

/** Marks one of the caller's notifications read (someone else's id changes nothing); returns the count. */
export async function markNotificationRead(actor: Pick<TActor, "id">, id: string, now: Date = new Date()): Promise<number> {
  if (!z.uuid().safeParse(id).success) return 0;
  const { count } = await getDb().notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: now } });
  return count;
}

export async function markAllNotificationsRead(actor: Pick<TActor, "id">, now: Date = new Date()): Promise<number> {
  const { count } = await getDb().notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
  return count;
}

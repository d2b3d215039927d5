import "server-only";
import type { TRecipient } from "@/domain/workflow/relations";
import type { TTx } from "../db";

/** The active accounts behind the rules' recipients, each once, never the actor. */
export async function recipientUserIds(tx: TTx, recipients: readonly TRecipient[], actorId: string): Promise<string[]> {
  const ids = new Set<string>();
  const unitIds: string[] = [];
  const staffOf: string[] = [];
  const leadersOf: string[] = [];
  for (const r of recipients) {
    if (r.kind === "user") ids.add(r.userId);
    else if (r.kind === "unit") unitIds.push(r.unitId);
    else if (r.kind === "committeeStaff") staffOf.push(r.committeeId);
    else leadersOf.push(r.committeeId);
  }
  const or = [
    ...(unitIds.length > 0 ? [{ role: "UNIT" as const, unitId: { in: unitIds } }] : []),
    ...(staffOf.length > 0 ? [{ role: "STAFF" as const, committeeId: { in: staffOf } }] : []),
    ...(leadersOf.length > 0 ? [{ role: "LEADER" as const, committeeId: { in: leadersOf } }] : []),
  ];
  if (or.length > 0) {
    const users = await tx.user.findMany({ where: { active: true, OR: or }, select: { id: true } });
    for (const u of users) ids.add(u.id);
  }
  ids.delete(actorId);
  return [...ids];
}

export async function writeNotifications(tx: TTx, itemId: string, kind: string, userIds: readonly string[], at: Date): Promise<void> {
  if (userIds.length === 0) return;
  await tx.notification.createMany({ data: userIds.map((userId) => ({ userId, itemId, kind, createdAt: at })) });
}

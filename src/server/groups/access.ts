import "server-only";
import { can } from "@/domain/permissions";
import type { TActor } from "@/server/authz";
import type { TDb, TTx } from "@/server/db";
import { isId } from "@/server/directory/ids";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { staffRegionIds } from "@/server/stations/access";

/** The committees whose groups an actor reads: staff/leaders their region subtree's, a deputy their own. */
async function readableCommittee(db: TDb | TTx, actor: TActor, committeeId: string): Promise<boolean> {
  if (actor.role === "DEPUTY") {
    if (!actor.deputyId) return false;
    const d = await db.deputy.findUnique({ where: { id: actor.deputyId }, select: { committeeId: true } });
    return d?.committeeId === committeeId;
  }
  if (actor.role === "STAFF" || actor.role === "LEADER") {
    const c = await db.standingCommittee.findUnique({ where: { id: committeeId }, select: { regionId: true } });
    return c !== null && (await staffRegionIds(db, { ...actor, role: "STAFF" })).has(c.regionId);
  }
  return false;
}

/**
 * A group the actor may read (`write` = false) or run (`write` = true: STAFF of a committee whose
 * region subtree holds the group's committee). Outside the reach → NotFoundError.
 */
export async function groupFor(actor: TActor, groupId: unknown, write: boolean, db: TDb | TTx): Promise<{ id: string; committeeId: string }> {
  if (!can(actor.role, write ? "group:write" : "group:read")) throw new ForbiddenError(`${actor.role} may not ${write ? "write" : "read"} groups`);
  if (!isId(groupId)) throw new NotFoundError("group");
  const group = await db.professionalGroup.findUnique({ where: { id: groupId }, select: { id: true, committeeId: true } });
  if (!group || !(await readableCommittee(db, actor, group.committeeId))) throw new NotFoundError("group");
  return group;
}

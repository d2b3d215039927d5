import "server-only";
import type { TActorFacts, TItemFacts } from "@/domain/workflow/facts";
import type { TTx } from "../db";
import type { TDb } from "../db";
import type { TActor } from "../authz";

/** The columns the workflow rules read (TItemFacts), plus the optimistic-locking version. */
export const FACT_SELECT = {
  id: true,
  committeeId: true,
  stage: true,
  round: true,
  leadUnitId: true,
  resultClass: true,
  keySupervised: true,
  extensionDays: true,
  replyAcknowledged: true,
  satisfaction: true,
  followUp: true,
  mergedIntoId: true,
  deadline: true,
  returnWindowEndsAt: true,
  evaluationWindowEndsAt: true,
  version: true,
  createdById: true,
  units: { select: { unitId: true, role: true } },
  sponsors: { select: { userId: true, isLead: true }, orderBy: { isLead: "desc" } },
} as const;

/** The rules' facts, plus who created the item (a station manager sees the items they recorded). */
export type TSeenFacts = TItemFacts & { createdById?: string | null };
export type TLoadedFacts = { facts: TSeenFacts; version: number };

/** The item as the rules see it, or null when there is no such item. */
export async function loadFacts(db: TTx | TDb, itemId: string): Promise<TLoadedFacts | null> {
  const row = await db.item.findUnique({ where: { id: itemId }, select: FACT_SELECT });
  if (!row) return null;
  const { units, sponsors, extensionDays, version, ...rest } = row;
  return {
    version,
    facts: {
      ...rest,
      coUnitIds: units.filter((u) => u.role === "CO").map((u) => u.unitId),
      sponsors: sponsors.map((s) => ({ userId: s.userId, lead: s.isLead })),
      extensionRequest: extensionDays === null ? null : { days: extensionDays },
    },
  };
}

export function actorFacts(actor: TActor): TActorFacts {
  return { id: actor.id, role: actor.role, committeeId: actor.committeeId, unitId: actor.unitId };
}

/**
 * Who may see an item at all: staff and leaders of its committee, the units now handling it, the
 * deputies who sponsored it, the station manager who recorded it. Everyone else is told it does not exist (no probing by id).
 */
export function canSee(actor: TActor, item: TSeenFacts): boolean {
  switch (actor.role) {
    case "STAFF":
    case "LEADER":
      return actor.committeeId !== null && actor.committeeId === item.committeeId;
    case "UNIT":
      return actor.unitId !== null && (item.leadUnitId === actor.unitId || item.coUnitIds.includes(actor.unitId));
    case "DEPUTY":
      return item.sponsors.some((s) => s.userId === actor.id);
    case "STATION_MANAGER":
      return typeof item.createdById === "string" && item.createdById === actor.id;
    default:
      return false;
  }
}

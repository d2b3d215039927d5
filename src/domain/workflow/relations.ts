import type { TRole } from "../roles";
import { WORKFLOW_ERRORS as E, type TWorkflowError } from "./errors";
import type { TActorFacts, TItemFacts, TItemState } from "./facts";

/**
 * How an actor must stand to an item for an action: a role alone never suffices (a unit acts only
 * on its own items, staff only on their committee's, a deputy only on what they sponsored).
 */
export const RELATIONS = [
  "committeeStaff", // STAFF of the item's committee
  "committeeLeader", // LEADER of the item's committee
  "keyItemLeader", // LEADER of the item's committee, and the item is under key supervision
  "leadUnit", // UNIT account of the item's lead unit (主办)
  "coUnit", // UNIT account of one of the item's co-units (协办)
  "sponsor", // a deputy who sponsored the item (领衔 or 联名)
  "leadSponsor", // the lead sponsor (领衔代表)
  "proxyStaff", // STAFF of the item's committee acting for a submitter without an account (public items)
] as const;
export type TRelation = (typeof RELATIONS)[number];

/** The one role each relation belongs to (the table's `by` must agree; a test checks it). */
export const RELATION_ROLE: Readonly<Record<TRelation, TRole>> = {
  committeeStaff: "STAFF",
  committeeLeader: "LEADER",
  keyItemLeader: "LEADER",
  leadUnit: "UNIT",
  coUnit: "UNIT",
  sponsor: "DEPUTY",
  leadSponsor: "DEPUTY",
  proxyStaff: "STAFF",
};

const sameCommittee = (item: TItemFacts, actor: TActorFacts) =>
  actor.committeeId !== null && actor.committeeId === item.committeeId;
const ownUnit = (actor: TActorFacts) => actor.unitId;

const HOLDS: Readonly<Record<TRelation, (item: TItemFacts, actor: TActorFacts) => boolean>> = {
  committeeStaff: sameCommittee,
  committeeLeader: sameCommittee,
  keyItemLeader: (item, actor) => item.keySupervised && sameCommittee(item, actor),
  leadUnit: (item, actor) => ownUnit(actor) !== null && ownUnit(actor) === item.leadUnitId,
  coUnit: (item, actor) => ownUnit(actor) !== null && item.coUnitIds.includes(ownUnit(actor) ?? ""),
  sponsor: (item, actor) => item.sponsors.some((s) => s.userId === actor.id),
  leadSponsor: (item, actor) => item.sponsors.some((s) => s.lead && s.userId === actor.id),
  proxyStaff: (item, actor) => item.sponsors.length === 0 && sameCommittee(item, actor),
};

export function relationHolds(relation: TRelation, item: TItemFacts, actor: TActorFacts): boolean {
  return actor.role === RELATION_ROLE[relation] && HOLDS[relation](item, actor);
}

/** Conditions on the item (and the clock) beyond its stage; each names the message it fails with. */
export const GUARDS = {
  withinReturnWindow: {
    holds: (item, now) => item.returnWindowEndsAt !== null && now.getTime() < item.returnWindowEndsAt.getTime(),
    error: E.returnWindowClosed,
  },
  noExtensionPending: { holds: (item) => item.extensionRequest === null, error: E.extensionPending },
  extensionPending: { holds: (item) => item.extensionRequest !== null, error: E.noExtensionPending },
  notKeySupervised: { holds: (item) => !item.keySupervised, error: E.alreadyKeySupervised },
  notAcknowledged: { holds: (item) => !item.replyAcknowledged, error: E.alreadyAcknowledged },
  evaluationWindowLapsed: {
    holds: (item, now) => item.evaluationWindowEndsAt !== null && now.getTime() >= item.evaluationWindowEndsAt.getTime(),
    error: E.evaluationWindowOpen,
  },
  followUpPending: { holds: (item) => item.followUp === "PENDING", error: E.noFollowUpPending },
} satisfies Record<string, { holds: (item: TItemFacts, now: Date) => boolean; error: TWorkflowError }>;
export type TGuard = keyof typeof GUARDS;

/** Who hears of a transition (an in-app notification), resolved to ids by recipientsOf. */
export const AUDIENCES = ["sponsors", "leadUnit", "coUnits", "staff", "keyLeaders"] as const;
export type TAudience = (typeof AUDIENCES)[number];

export type TRecipient =
  | { kind: "user"; userId: string }
  | { kind: "unit"; unitId: string }
  | { kind: "committeeStaff"; committeeId: string }
  | { kind: "committeeLeaders"; committeeId: string };

/**
 * The recipients, never including the actor's own side (a unit is not told what it did itself).
 * Units are taken from the item after the change, or before it when the change removed them
 * (an approved return still tells the unit that it is released).
 */
export function recipientsOf(
  audiences: readonly TAudience[],
  before: TItemFacts,
  after: TItemState,
  actor: TActorFacts,
): TRecipient[] {
  const out: TRecipient[] = [];
  const leadUnitId = after.leadUnitId ?? before.leadUnitId;
  const coUnitIds = after.coUnitIds.length > 0 ? after.coUnitIds : before.coUnitIds;
  const addUnit = (unitId: string) => {
    if (!(actor.role === "UNIT" && actor.unitId === unitId)) out.push({ kind: "unit", unitId });
  };
  for (const audience of audiences) {
    switch (audience) {
      case "sponsors":
        for (const s of before.sponsors) if (s.userId !== actor.id) out.push({ kind: "user", userId: s.userId });
        break;
      case "leadUnit":
        if (leadUnitId) addUnit(leadUnitId);
        break;
      case "coUnits":
        coUnitIds.forEach(addUnit);
        break;
      case "staff":
        if (actor.role !== "STAFF") out.push({ kind: "committeeStaff", committeeId: before.committeeId });
        break;
      case "keyLeaders":
        if (after.keySupervised && actor.role !== "LEADER") out.push({ kind: "committeeLeaders", committeeId: before.committeeId });
        break;
    }
  }
  return out;
}

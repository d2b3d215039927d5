import type { TRole } from "../roles";
import type { TFollowUp, TSatisfaction, TStage } from "./stages";

/** The part of an item that transitions change (dates are scheduled separately, see TSchedule). */
export type TItemState = {
  stage: TStage;
  /** 1 on submission; +1 on each re-handling (不满意 or an explicit re-handle). */
  round: number;
  leadUnitId: string | null;
  coUnitIds: readonly string[];
  /** class of the latest drafted reply; decides the follow-up review on closing */
  resultClass: string | null;
  keySupervised: boolean;
  /** a pending extension request (延期) of the lead unit, in days; null when none is pending */
  extensionRequest: { days: number } | null;
  replyAcknowledged: boolean;
  /** the latest evaluation; null before the first one */
  satisfaction: TSatisfaction | null;
  followUp: TFollowUp | null;
  mergedIntoId: string | null;
};

export type TSponsor = { userId: string; lead: boolean };

/** Everything the rules need to know about an item, as a plain object (no database rows). */
export type TItemFacts = TItemState & {
  id: string;
  committeeId: string;
  /** deputies with accounts who raised the item (领衔 lead flagged, 联名 co-sponsors); [] for public items */
  sponsors: readonly TSponsor[];
  deadline: Date | null;
  /** the end (exclusive) of the 7-working-day return window; null when closed */
  returnWindowEndsAt: Date | null;
  /** after this instant staff may close a delivered reply that was never evaluated; null before delivery */
  evaluationWindowEndsAt: Date | null;
};

export type TActorFacts = {
  id: string;
  role: TRole;
  /** the standing committee a STAFF or LEADER account works for */
  committeeId: string | null;
  /** the handling unit of a UNIT account */
  unitId: string | null;
};

export type TWorkflowConfig = {
  /** result classes a reply may carry, in display order (A solved … D for reference) */
  resultClasses: readonly string[];
  /** classes whose closing opens a follow-up review (回头看) */
  followUpClasses: readonly string[];
  /** the most days one extension request may ask for */
  maxExtensionDays: number;
};

export const DEFAULT_WORKFLOW_CONFIG: TWorkflowConfig = {
  resultClasses: ["A", "B", "C", "D"],
  followUpClasses: ["B", "C"],
  maxExtensionDays: 90,
};

/** A fresh item as submitted: round 1, nothing assigned. */
export function newItemFacts(init: { id: string; committeeId: string; sponsors?: readonly TSponsor[] }): TItemFacts {
  return {
    id: init.id,
    committeeId: init.committeeId,
    sponsors: init.sponsors ?? [],
    stage: "SUBMITTED",
    round: 1,
    leadUnitId: null,
    coUnitIds: [],
    resultClass: null,
    keySupervised: false,
    extensionRequest: null,
    replyAcknowledged: false,
    satisfaction: null,
    followUp: null,
    mergedIntoId: null,
    deadline: null,
    returnWindowEndsAt: null,
    evaluationWindowEndsAt: null,
  };
}

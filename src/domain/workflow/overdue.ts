import type { TStage } from "./stages";

/**
 * Overdue, precisely (domain.md: "Overdue items are flagged and escalated ... from assignment on").
 * The item model has two clocks whose lapse needs someone to act:
 * - REPLY: the reply deadline (`deadline`, set on assignment, moved by extensions and re-handling)
 *   has passed and the reply has not yet been delivered. The deadline is cleared on delivery; the
 *   stage list below says the same thing explicitly, so a stale deadline never counts.
 * - EVALUATION: the reply was delivered, the evaluation window (`evaluationWindowEndsAt`) has passed
 *   and the submitter has not evaluated: staff should close it or chase the evaluation.
 * The return window (`returnWindowEndsAt`) is not a duty: when it lapses the unit simply may no
 * longer ask to return the item, so it is not overdue.
 */
export const OVERDUE_KINDS = ["REPLY", "EVALUATION"] as const;
export type TOverdueKind = (typeof OVERDUE_KINDS)[number];

/** Stages in which the reply deadline runs: from assignment until the reply is delivered. */
export const REPLY_CLOCK_STAGES = ["ASSIGNED", "RETURN_REQUESTED", "HANDLING", "REPLY_DRAFTED", "REPLY_APPROVED"] as const satisfies readonly TStage[];
/** The stage in which the evaluation window runs. */
export const EVALUATION_CLOCK_STAGES = ["REPLIED"] as const satisfies readonly TStage[];

export type TOverdueFacts = { stage: TStage; deadline: Date | null; evaluationWindowEndsAt: Date | null };

const includes = (list: readonly TStage[], stage: TStage) => list.includes(stage);

/** Which clocks of this item have lapsed at `now` (a deadline is the last instant allowed). */
export function overdueKinds(item: TOverdueFacts, now: Date): TOverdueKind[] {
  const kinds: TOverdueKind[] = [];
  if (includes(REPLY_CLOCK_STAGES, item.stage) && item.deadline !== null && item.deadline.getTime() < now.getTime()) kinds.push("REPLY");
  if (includes(EVALUATION_CLOCK_STAGES, item.stage) && item.evaluationWindowEndsAt !== null && item.evaluationWindowEndsAt.getTime() < now.getTime()) {
    kinds.push("EVALUATION");
  }
  return kinds;
}

export function isOverdue(item: TOverdueFacts, now: Date): boolean {
  return overdueKinds(item, now).length > 0;
}

/** The list filter: any lapsed clock, or one kind. */
export const OVERDUE_FILTERS = ["ANY", ...OVERDUE_KINDS] as const;
export type TOverdueFilter = (typeof OVERDUE_FILTERS)[number];

/**
 * The stages of the six-stage closed loop (domain.md "The six-stage closed loop": 收集 → 交办 → 办理 →
 * 督办 → 反馈 → 评价). A stage is where an item waits and whose move it is; a phase is which of the
 * six steps that waiting belongs to (dashboards, the timeline, and the "no step is skipped" rule).
 */
export const STAGES = [
  "SUBMITTED", // 收集: awaiting staff review (accept / decline / merge)
  "DECLINED", // 不予接收: terminal
  "MERGED", // 并案: terminal, mergedIntoId points to the surviving item
  "ACCEPTED", // 立案: accepted, awaiting assignment (again, after an approved return)
  "ASSIGNED", // 交办: awaiting sign-for by the lead unit; the return window is open
  "RETURN_REQUESTED", // 退回申请: staff decide
  "HANDLING", // 办理: signed for; progress notes, co-unit opinions, extensions, then the draft reply
  "REPLY_DRAFTED", // 督办: the draft reply awaits approval (or is sent back)
  "REPLY_APPROVED", // 反馈: approved, awaiting delivery to the submitter(s)
  "REPLIED", // 反馈: delivered; awaiting acknowledgement and evaluation
  "CLOSED", // 办结 (after 评价); class B/C items carry a follow-up review (回头看) until resolved
] as const;
export type TStage = (typeof STAGES)[number];

/** Stages no action leaves. CLOSED is not among them: it leaves no stage, but has follow-up actions. */
export const TERMINAL_STAGES: readonly TStage[] = ["DECLINED", "MERGED"];

/** The six steps, in the loop's order. */
export const PHASES = ["COLLECT", "ASSIGN", "HANDLE", "SUPERVISE", "FEEDBACK", "EVALUATE"] as const;
export type TPhase = (typeof PHASES)[number];

export const PHASE_OF: Readonly<Record<TStage, TPhase>> = {
  SUBMITTED: "COLLECT",
  DECLINED: "COLLECT",
  MERGED: "COLLECT",
  ACCEPTED: "ASSIGN",
  ASSIGNED: "ASSIGN",
  RETURN_REQUESTED: "ASSIGN",
  HANDLING: "HANDLE",
  REPLY_DRAFTED: "SUPERVISE",
  REPLY_APPROVED: "FEEDBACK",
  REPLIED: "FEEDBACK",
  CLOSED: "EVALUATE",
};

export function phaseIndex(stage: TStage): number {
  return PHASES.indexOf(PHASE_OF[stage]);
}

/**
 * "No step is skipped", precisely: a move from one stage to another may stay in its phase, go
 * back to any earlier phase (send back, re-handle, return), or advance to the NEXT phase only.
 * Since every item starts in COLLECT, it follows that an item first reaches phase k only after it
 * has been in every phase before k, in order, and a CLOSED item has passed through all six.
 */
export function isPhaseStepAllowed(from: TStage, to: TStage): boolean {
  return phaseIndex(to) <= phaseIndex(from) + 1;
}

export function isStage(value: unknown): value is TStage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

export const SATISFACTIONS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;
export type TSatisfaction = (typeof SATISFACTIONS)[number];

/** The follow-up review (回头看) of a CLOSED item whose result class needs one; null otherwise. */
export const FOLLOW_UP_STATES = ["PENDING", "RESOLVED"] as const;
export type TFollowUp = (typeof FOLLOW_UP_STATES)[number];

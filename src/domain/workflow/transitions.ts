import type { TRole } from "../roles";
import type { TAction, TActionInput } from "./actions";
import { WORKFLOW_ERRORS as E, type TWorkflowError } from "./errors";
import type { TItemFacts, TItemState, TWorkflowConfig } from "./facts";
import type { TAudience, TGuard, TRelation } from "./relations";
import type { TPhase, TStage } from "./stages";

/**
 * What happens to the item's dates. The rules only say which clock starts or stops; the deadline
 * module computes the instants on the working-day calendar (reply 3 months, complex 6 months,
 * re-handling 1 month, return window 7 working days: all configured there).
 */
export type TDeadlineRule = "KEEP" | "CLEAR" | "START_REPLY" | "START_REPLY_COMPLEX" | "START_REHANDLE" | { extendByDays: number };
export type TWindowRule = "KEEP" | "OPEN" | "CLOSE";
export type TSchedule = { deadline: TDeadlineRule; returnWindow: TWindowRule; evaluationWindow: TWindowRule };

export type TEffect = { state?: Partial<TItemState>; schedule?: Partial<TSchedule> };

export type TTransitionRule<A extends TAction> = {
  /** the step of the loop the action belongs to (the timeline groups history rows by it) */
  phase: TPhase;
  from: readonly TStage[];
  /** the next stage; "same" keeps it; a list when the input decides (the effect then sets state.stage) */
  to: TStage | "same" | readonly TStage[];
  /** who may act: the allowed roles, each with the relation it must have to the item */
  by: Readonly<Partial<Record<TRole, TRelation>>>;
  guards: readonly TGuard[];
  notify: readonly TAudience[];
  /** a check of the input against the item (what the zod schema cannot know) */
  check?: (item: TItemFacts, input: TActionInput<A>) => TWorkflowError | null;
  effect?: (item: TItemFacts, input: TActionInput<A>, config: TWorkflowConfig) => TEffect;
};

const STAFF = { STAFF: "committeeStaff" } as const;
const LEAD_UNIT = { UNIT: "leadUnit" } as const;
const SUPERVISORS = { STAFF: "committeeStaff", LEADER: "keyItemLeader" } as const;
/** The submitter's side: deputies with accounts, or staff for a submitter without one. */
const RECIPIENTS = { DEPUTY: "sponsor", STAFF: "proxyStaff" } as const;
const EVALUATORS = { DEPUTY: "leadSponsor", STAFF: "proxyStaff" } as const;

const rehandle = (item: TItemFacts): TEffect => ({
  state: { stage: "HANDLING", round: item.round + 1, replyAcknowledged: false },
  schedule: { deadline: "START_REHANDLE", evaluationWindow: "CLOSE" },
});
const close = (item: TItemFacts, config: TWorkflowConfig): TEffect => ({
  state: {
    stage: "CLOSED",
    followUp: item.resultClass !== null && config.followUpClasses.includes(item.resultClass) ? "PENDING" : null,
  },
  schedule: { deadline: "CLEAR", evaluationWindow: "CLOSE" },
});

/** The one transition table: stage × action → next stage, who, when, and what it changes. */
export const TRANSITIONS: { readonly [A in TAction]: TTransitionRule<A> } = {
  // 收集 collect
  accept: { phase: "COLLECT", from: ["SUBMITTED"], to: "ACCEPTED", by: STAFF, guards: [], notify: ["sponsors"] },
  decline: { phase: "COLLECT", from: ["SUBMITTED"], to: "DECLINED", by: STAFF, guards: [], notify: ["sponsors"] },
  merge: {
    phase: "COLLECT",
    from: ["SUBMITTED", "ACCEPTED"],
    to: "MERGED",
    by: STAFF,
    guards: [],
    notify: ["sponsors"],
    check: (item, input) => (input.targetItemId === item.id ? E.mergeIntoSelf : null),
    effect: (_item, input) => ({ state: { mergedIntoId: input.targetItemId } }),
  },
  // 交办 assign
  assign: {
    phase: "ASSIGN",
    from: ["ACCEPTED"],
    to: "ASSIGNED",
    by: STAFF,
    guards: [],
    notify: ["leadUnit", "coUnits", "sponsors"],
    effect: (_item, input) => ({
      state: { leadUnitId: input.leadUnitId, coUnitIds: input.coUnitIds },
      schedule: { deadline: input.complex ? "START_REPLY_COMPLEX" : "START_REPLY", returnWindow: "OPEN" },
    }),
  },
  requestReturn: {
    phase: "ASSIGN",
    from: ["ASSIGNED"],
    to: "RETURN_REQUESTED",
    by: LEAD_UNIT,
    guards: ["withinReturnWindow"],
    notify: ["staff"],
  },
  approveReturn: {
    phase: "ASSIGN",
    from: ["RETURN_REQUESTED"],
    to: "ACCEPTED",
    by: STAFF,
    guards: [],
    notify: ["leadUnit", "coUnits"],
    effect: () => ({
      state: { leadUnitId: null, coUnitIds: [] },
      schedule: { deadline: "CLEAR", returnWindow: "CLOSE" },
    }),
  },
  rejectReturn: {
    phase: "ASSIGN",
    from: ["RETURN_REQUESTED"],
    to: "ASSIGNED",
    by: STAFF,
    guards: [],
    notify: ["leadUnit"],
    effect: () => ({ schedule: { returnWindow: "CLOSE" } }),
  },
  // 办理 handle
  signFor: {
    phase: "HANDLE",
    from: ["ASSIGNED"],
    to: "HANDLING",
    by: LEAD_UNIT,
    guards: [],
    notify: [],
    effect: () => ({ schedule: { returnWindow: "CLOSE" } }),
  },
  progressNote: { phase: "HANDLE", from: ["HANDLING"], to: "same", by: LEAD_UNIT, guards: [], notify: [] },
  coUnitOpinion: {
    phase: "HANDLE",
    from: ["ASSIGNED", "HANDLING"],
    to: "same",
    by: { UNIT: "coUnit" },
    guards: [],
    notify: ["leadUnit"],
  },
  requestExtension: {
    phase: "HANDLE",
    from: ["HANDLING"],
    to: "same",
    by: LEAD_UNIT,
    guards: ["noExtensionPending"],
    notify: ["staff"],
    effect: (_item, input) => ({ state: { extensionRequest: { days: input.days } } }),
  },
  approveExtension: {
    phase: "HANDLE",
    from: ["HANDLING"],
    to: "same",
    by: STAFF,
    guards: ["extensionPending"],
    notify: ["leadUnit"],
    check: (item, input) =>
      input.days !== undefined && input.days > (item.extensionRequest?.days ?? 0) ? E.extensionDays : null,
    effect: (item, input) => ({
      state: { extensionRequest: null },
      schedule: { deadline: { extendByDays: input.days ?? item.extensionRequest?.days ?? 0 } },
    }),
  },
  rejectExtension: {
    phase: "HANDLE",
    from: ["HANDLING"],
    to: "same",
    by: STAFF,
    guards: ["extensionPending"],
    notify: ["leadUnit"],
    effect: () => ({ state: { extensionRequest: null } }),
  },
  draftReply: {
    phase: "HANDLE",
    from: ["HANDLING"],
    to: "REPLY_DRAFTED",
    by: LEAD_UNIT,
    guards: [],
    notify: ["staff", "keyLeaders"],
    // a pending extension request is moot once the reply is written: it is withdrawn
    effect: (_item, input) => ({ state: { resultClass: input.resultClass, extensionRequest: null } }),
  },
  // 督办 supervise
  approveReply: {
    phase: "SUPERVISE",
    from: ["REPLY_DRAFTED"],
    to: "REPLY_APPROVED",
    by: SUPERVISORS,
    guards: [],
    notify: ["leadUnit", "staff"],
  },
  sendBack: {
    phase: "SUPERVISE",
    from: ["REPLY_DRAFTED"],
    to: "HANDLING",
    by: SUPERVISORS,
    guards: [],
    notify: ["leadUnit", "staff"],
  },
  remind: {
    phase: "SUPERVISE",
    from: ["ASSIGNED", "HANDLING", "REPLY_APPROVED"],
    to: "same",
    by: SUPERVISORS,
    guards: [],
    notify: ["leadUnit", "coUnits"],
  },
  keySupervise: {
    phase: "SUPERVISE",
    from: ["ACCEPTED", "ASSIGNED", "RETURN_REQUESTED", "HANDLING", "REPLY_DRAFTED"],
    to: "same",
    by: { LEADER: "committeeLeader" },
    guards: ["notKeySupervised"],
    notify: ["staff", "leadUnit"],
    effect: () => ({ state: { keySupervised: true } }),
  },
  // 反馈 feedback
  deliverReply: {
    phase: "FEEDBACK",
    from: ["REPLY_APPROVED"],
    to: "REPLIED",
    by: { UNIT: "leadUnit", STAFF: "committeeStaff" },
    guards: [],
    notify: ["sponsors", "staff"],
    effect: () => ({
      state: { replyAcknowledged: false },
      schedule: { deadline: "CLEAR", evaluationWindow: "OPEN" },
    }),
  },
  acknowledge: {
    phase: "FEEDBACK",
    from: ["REPLIED"],
    to: "same",
    by: RECIPIENTS,
    guards: ["notAcknowledged"],
    notify: [],
    effect: () => ({ state: { replyAcknowledged: true } }),
  },
  // 评价 evaluate
  evaluate: {
    phase: "EVALUATE",
    from: ["REPLIED"],
    to: ["CLOSED", "HANDLING"],
    by: EVALUATORS,
    guards: [],
    notify: ["leadUnit", "coUnits", "staff", "keyLeaders"],
    effect: (item, input, config) => {
      const base = input.satisfaction === "DISSATISFIED" ? rehandle(item) : close(item, config);
      return { ...base, state: { ...base.state, satisfaction: input.satisfaction } };
    },
  },
  rehandle: {
    phase: "EVALUATE",
    from: ["REPLIED"],
    to: "HANDLING",
    by: STAFF,
    guards: [],
    notify: ["leadUnit", "coUnits", "sponsors"],
    effect: (item) => rehandle(item),
  },
  close: {
    phase: "EVALUATE",
    from: ["REPLIED"],
    to: "CLOSED",
    by: STAFF,
    guards: ["evaluationWindowLapsed"],
    notify: ["leadUnit", "sponsors"],
    effect: (item, _input, config) => close(item, config),
  },
  followUpNote: {
    phase: "EVALUATE",
    from: ["CLOSED"],
    to: "same",
    by: { STAFF: "committeeStaff", UNIT: "leadUnit" },
    guards: ["followUpPending"],
    notify: ["staff", "leadUnit"],
  },
  resolveFollowUp: {
    phase: "EVALUATE",
    from: ["CLOSED"],
    to: "same",
    by: STAFF,
    guards: ["followUpPending"],
    notify: ["sponsors", "leadUnit"],
    effect: () => ({ state: { followUp: "RESOLVED" } }),
  },
};

/** The stages an action may lead to from `from` (for the sanity tests and the reachability search). */
export function possibleTargets(rule: { to: TStage | "same" | readonly TStage[] }, from: TStage): readonly TStage[] {
  if (rule.to === "same") return [from];
  return typeof rule.to === "string" ? [rule.to] : rule.to;
}

import { ACTION_INPUTS, ACTIONS, type TAction, type TActionInput } from "./actions";
import { WORKFLOW_ERRORS as E, type TWorkflowError } from "./errors";
import { DEFAULT_WORKFLOW_CONFIG, type TActorFacts, type TItemFacts, type TItemState, type TWorkflowConfig } from "./facts";
import { GUARDS, recipientsOf, relationHolds, type TRecipient } from "./relations";
import type { TStage } from "./stages";
import { TRANSITIONS, type TDeadlineRule, type TSchedule, type TTransitionRule } from "./transitions";

export type THistoryEntry = {
  action: TAction;
  from: TStage;
  to: TStage;
  actorId: string;
  /** the round the item was in when this happened */
  round: number;
  /** the reason, note or opinion given; the reply text and other data travel in `input` */
  note: string | null;
};

export type TTransitionOk<A extends TAction = TAction> = {
  ok: true;
  action: A;
  next: TItemState;
  schedule: TSchedule;
  history: THistoryEntry;
  notify: TRecipient[];
  /** the parsed, trimmed input (reply text, units, target item…) for the caller to store */
  input: TActionInput<A>;
};
export type TTransitionFailure = {
  ok: false;
  error: TWorkflowError;
  /** per input field, catalog keys (for the form next to the field) */
  fieldErrors?: Record<string, string[]>;
};
export type TTransitionResult<A extends TAction = TAction> = TTransitionOk<A> | TTransitionFailure;

function isCatalogKey(message: string): message is TWorkflowError {
  return (Object.values(E) as string[]).includes(message);
}

function authorized(rule: TTransitionRule<TAction>, item: TItemFacts, actor: TActorFacts): boolean {
  const relation = rule.by[actor.role];
  return relation !== undefined && relationHolds(relation, item, actor);
}

function failedGuard(rule: TTransitionRule<TAction>, item: TItemFacts, now: Date): TWorkflowError | null {
  for (const guard of rule.guards) if (!GUARDS[guard].holds(item, now)) return GUARDS[guard].error;
  return null;
}

/** Why `actor` may not take `action` on `item` now, before looking at any input; null if they may. */
export function refusal(
  item: TItemFacts,
  action: TAction,
  actor: TActorFacts,
  now: Date,
  config: TWorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): TWorkflowError | null {
  const rule = TRANSITIONS[action] as TTransitionRule<TAction>;
  if (!authorized(rule, item, actor)) return E.forbidden;
  if (!rule.from.includes(item.stage)) return E.notAllowedNow;
  if (action === "draftReply" && config.resultClasses.length === 0) return E.resultClassInvalid;
  return failedGuard(rule, item, now);
}

/** What the UI may offer: the actions the table allows this actor on this item now, in the loop's order. */
export function availableActions(
  item: TItemFacts,
  actor: TActorFacts,
  now: Date,
  config: TWorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): TAction[] {
  return ACTIONS.filter((action) => refusal(item, action, actor, now, config) === null);
}

/** The part of the facts that transitions change. */
export function stateOf(item: TItemFacts): TItemState {
  return {
    stage: item.stage,
    round: item.round,
    leadUnitId: item.leadUnitId,
    coUnitIds: item.coUnitIds,
    resultClass: item.resultClass,
    keySupervised: item.keySupervised,
    extensionRequest: item.extensionRequest,
    replyAcknowledged: item.replyAcknowledged,
    satisfaction: item.satisfaction,
    followUp: item.followUp,
    mergedIntoId: item.mergedIntoId,
  };
}

function noteOf(input: object): string | null {
  for (const key of ["reason", "note", "opinion"]) {
    const value: unknown = (input as Record<string, unknown>)[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return null;
}

/**
 * The one enforcing function: who (role and relation), when (stage, guards, clock), with what
 * input (the action's zod schema). Pure: the caller writes the change, its history row and its
 * audit row in one transaction, and sends the notifications.
 */
export function applyTransition<A extends TAction>(
  item: TItemFacts,
  action: A,
  input: unknown,
  actor: TActorFacts,
  now: Date,
  config: TWorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): TTransitionResult<A> {
  const refused = refusal(item, action, actor, now, config);
  if (refused) return { ok: false, error: refused };
  const rule = TRANSITIONS[action] as TTransitionRule<A>;
  const parsed = ACTION_INPUTS[action](config).safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
      const message = isCatalogKey(issue.message) ? issue.message : E.invalidInput;
      (fieldErrors[field] ??= []).push(message);
    }
    const first = parsed.error.issues[0]?.message ?? "";
    return { ok: false, error: isCatalogKey(first) ? first : E.invalidInput, fieldErrors };
  }
  const data = parsed.data as TActionInput<A>;
  const checked = rule.check?.(item, data) ?? null;
  if (checked) return { ok: false, error: checked };

  const effect = rule.effect?.(item, data, config) ?? {};
  const stage = nextStage(rule, item.stage, effect.state?.stage);
  const next: TItemState = { ...stateOf(item), ...effect.state, stage };
  const schedule: TSchedule = { deadline: "KEEP", returnWindow: "KEEP", evaluationWindow: "KEEP", ...effect.schedule };
  return {
    ok: true,
    action,
    next,
    schedule,
    history: { action, from: item.stage, to: stage, actorId: actor.id, round: item.round, note: noteOf(data) },
    notify: recipientsOf(rule.notify, item, next, actor),
    input: data,
  };
}

function nextStage(rule: TTransitionRule<TAction>, from: TStage, chosen: TStage | undefined): TStage {
  if (rule.to === "same") return from;
  if (typeof rule.to === "string") return rule.to;
  if (chosen !== undefined && rule.to.includes(chosen)) return chosen;
  throw new Error(`workflow table: the effect chose no allowed next stage (${String(chosen)})`);
}

/** How the dates are computed (the working-day calendar lives in the deadline module). */
export type TClock = {
  deadlineFrom: (rule: "START_REPLY" | "START_REPLY_COMPLEX" | "START_REHANDLE", now: Date) => Date;
  extend: (deadline: Date | null, days: number, now: Date) => Date;
  returnWindowEnd: (now: Date) => Date;
  evaluationWindowEnd: (now: Date) => Date;
};

function deadlineAfter(rule: TDeadlineRule, current: Date | null, now: Date, clock: TClock): Date | null {
  if (rule === "KEEP") return current;
  if (rule === "CLEAR") return null;
  if (typeof rule === "string") return clock.deadlineFrom(rule, now);
  return clock.extend(current, rule.extendByDays, now);
}

/** The item's facts after a successful transition, with its dates computed by `clock`. */
export function factsAfter(item: TItemFacts, result: TTransitionOk, now: Date, clock: TClock): TItemFacts {
  const windowAfter = (rule: TSchedule["returnWindow"], current: Date | null, open: (now: Date) => Date) =>
    rule === "KEEP" ? current : rule === "CLOSE" ? null : open(now);
  return {
    ...item,
    ...result.next,
    deadline: deadlineAfter(result.schedule.deadline, item.deadline, now, clock),
    returnWindowEndsAt: windowAfter(result.schedule.returnWindow, item.returnWindowEndsAt, clock.returnWindowEnd),
    evaluationWindowEndsAt: windowAfter(result.schedule.evaluationWindow, item.evaluationWindowEndsAt, clock.evaluationWindowEnd),
  };
}

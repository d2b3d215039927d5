import { isAction } from "./actions";
import type { TPhase } from "./stages";
import { TRANSITIONS } from "./transitions";

/**
 * 六单制, our reading (domain.md): one printable form per step of the loop, generated from the
 * item's history. Each form shows the history rows of its step; a form whose step has not begun
 * says so instead of printing an empty sheet.
 */
export const PRINT_FORMS = ["collection", "assignment", "handling", "supervision", "reply", "evaluation"] as const;
export type TPrintForm = (typeof PRINT_FORMS)[number];

export const FORM_PHASE: Readonly<Record<TPrintForm, TPhase>> = {
  collection: "COLLECT", // 收集单
  assignment: "ASSIGN", // 交办单
  handling: "HANDLE", // 办理单
  supervision: "SUPERVISE", // 督办单
  reply: "FEEDBACK", // 答复单
  evaluation: "EVALUATE", // 评价单
};

/** The actions whose presence in the history makes a form applicable (null: always applicable). */
const OPENED_BY: Readonly<Record<TPrintForm, readonly string[] | null>> = {
  collection: null,
  assignment: ["assign"],
  handling: ["signFor"],
  supervision: ["approveReply", "sendBack", "remind", "keySupervise"],
  reply: ["approveReply"],
  evaluation: ["evaluate", "close"],
};

export function isPrintForm(value: unknown): value is TPrintForm {
  return typeof value === "string" && (PRINT_FORMS as readonly string[]).includes(value);
}

export type TFormHistoryRow = {
  action: string;
  round: number;
  note: string | null;
  detail?: unknown;
};

/** The step an action belongs to; the submission is collection. */
export function phaseOfAction(action: string): TPhase | null {
  if (action === "submit") return "COLLECT";
  return isAction(action) ? TRANSITIONS[action].phase : null;
}

export function isFormApplicable(form: TPrintForm, history: readonly TFormHistoryRow[]): boolean {
  const openers = OPENED_BY[form];
  return openers === null || history.some((h) => openers.includes(h.action));
}

/** The history rows a form lists, in order. */
export function formRows<T extends TFormHistoryRow>(form: TPrintForm, history: readonly T[]): T[] {
  return history.filter((h) => phaseOfAction(h.action) === FORM_PHASE[form]);
}

const field = (detail: unknown, key: string): string | null => {
  if (typeof detail !== "object" || detail === null) return null;
  const v = (detail as Record<string, unknown>)[key];
  return typeof v === "string" ? v : null;
};

export type TApprovedReply = { round: number; resultClass: string | null; text: string | null };

/** Each reply that supervision approved: the latest draft before each approval (one per round, normally). */
export function approvedReplies(history: readonly TFormHistoryRow[]): TApprovedReply[] {
  const out: TApprovedReply[] = [];
  let draft: TFormHistoryRow | null = null;
  for (const h of history) {
    if (h.action === "draftReply") draft = h;
    if (h.action === "approveReply" && draft) {
      out.push({ round: draft.round, resultClass: field(draft.detail, "resultClass"), text: field(draft.detail, "text") });
      draft = null;
    }
  }
  return out;
}

export type TEvaluation = { round: number; satisfaction: string | null; reason: string | null };

/** Each evaluation given by the submitter, round by round. */
export function evaluations(history: readonly TFormHistoryRow[]): TEvaluation[] {
  return history.filter((h) => h.action === "evaluate").map((h) => ({ round: h.round, satisfaction: field(h.detail, "satisfaction"), reason: h.note }));
}

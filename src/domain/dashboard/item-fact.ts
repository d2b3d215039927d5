import type { TClock } from "../workflow/machine";
import { SATISFACTIONS, type TSatisfaction } from "../workflow/stages";

/**
 * What the dashboard derives from an item's timeline (its ItemHistory rows, oldest first):
 * - the first delivery of a reply (deliverReply) and the reply deadline in force at that moment,
 *   replayed exactly as the workflow sets it (assign starts it, 3 or 6 months on the working-day
 *   calendar; an approved extension moves it; an approved return clears it until the next assign);
 * - on time: delivered no later than that deadline (a deadline is met up to and including its instant);
 * - the satisfaction of round 1's evaluation and of the evaluation that closed the item.
 */
export type THistoryStep = {
  at: Date;
  action: string;
  round: number;
  toStage: string;
  /** the action's stored input (history detail) */
  detail: unknown;
};

export type TReplyFacts = {
  repliedAt: Date | null;
  replyDueAt: Date | null;
  onTime: boolean | null;
  firstSatisfaction: TSatisfaction | null;
  finalSatisfaction: TSatisfaction | null;
};

/** The history actions this derivation reads (the refresh loads only these rows). */
export const FACT_ACTIONS = ["assign", "requestExtension", "approveExtension", "approveReturn", "deliverReply", "evaluate"] as const;

function field(detail: unknown, name: string): unknown {
  return detail && typeof detail === "object" && name in detail ? (detail as Record<string, unknown>)[name] : undefined;
}

function satisfactionOf(detail: unknown): TSatisfaction | null {
  const s = field(detail, "satisfaction");
  return typeof s === "string" && (SATISFACTIONS as readonly string[]).includes(s) ? (s as TSatisfaction) : null;
}

function positiveInt(v: unknown): number | null {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 1 ? v : null;
}

export function replyFacts(history: readonly THistoryStep[], clock: Pick<TClock, "deadlineFrom" | "extend">): TReplyFacts {
  let due: Date | null = null;
  let requestedDays: number | null = null;
  const out: TReplyFacts = { repliedAt: null, replyDueAt: null, onTime: null, firstSatisfaction: null, finalSatisfaction: null };
  for (const step of history) {
    switch (step.action) {
      case "assign":
        due = clock.deadlineFrom(field(step.detail, "complex") === true ? "START_REPLY_COMPLEX" : "START_REPLY", step.at);
        break;
      case "requestExtension":
        requestedDays = positiveInt(field(step.detail, "days"));
        break;
      case "approveExtension": {
        const days = positiveInt(field(step.detail, "days")) ?? requestedDays;
        if (days !== null) due = clock.extend(due, days, step.at);
        requestedDays = null;
        break;
      }
      case "approveReturn":
        due = null;
        break;
      case "deliverReply":
        if (out.repliedAt === null) {
          out.repliedAt = step.at;
          out.replyDueAt = due;
          out.onTime = due === null ? null : step.at.getTime() <= due.getTime();
        }
        break;
      case "evaluate": {
        const s = satisfactionOf(step.detail);
        if (step.round === 1 && out.firstSatisfaction === null) out.firstSatisfaction = s;
        if (step.toStage === "CLOSED") out.finalSatisfaction = s;
        break;
      }
    }
  }
  return out;
}

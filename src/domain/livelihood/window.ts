import { daysInMonth, fromShanghaiParts, shanghaiParts } from "../calendar";
import { LIVELIHOOD_ERRORS as E, type TLivelihoodError } from "./errors";

/**
 * The public proposal form is open at least one calendar month (征集 "不少于一个月"): it may close
 * no earlier than the same Beijing-time day and hour one month after it opened (31 January → the
 * last day of February).
 */
export function oneMonthAfter(opens: Date): Date {
  const p = shanghaiParts(opens);
  const year = p.month === 12 ? p.year + 1 : p.year;
  const month = p.month === 12 ? 1 : p.month + 1;
  return fromShanghaiParts(year, month, Math.min(p.day, daysInMonth(year, month)), p.msOfDay);
}

export function collectionWindowProblem(opens: Date, closes: Date): TLivelihoodError | null {
  if (!(closes > opens)) return E.windowOrder;
  if (closes < oneMonthAfter(opens)) return E.windowTooShort;
  return null;
}

/** Whether the public may propose now: in the collection stage and inside the window. */
export function isCollectionOpen(plan: { stage: string; collectOpensAt: Date; collectClosesAt: Date }, now: Date): boolean {
  return plan.stage === "COLLECTION" && now >= plan.collectOpensAt && now < plan.collectClosesAt;
}

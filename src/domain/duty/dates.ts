import { dayNumber, isDayKey, shanghaiDayKey } from "../calendar";

/**
 * Date checks of duty records, study and training: calendar days (YYYY-MM-DD) in Asia/Shanghai.
 * Returns the message key of the first problem, or null.
 */
export const DUTY_DATE_ERRORS = {
  invalid: "duty.errors.dateInvalid",
  future: "duty.errors.dateFuture",
  tooOld: "duty.errors.dateTooOld",
  endBeforeStart: "duty.errors.endBeforeStart",
  tooLong: "duty.errors.spanTooLong",
} as const;

/** Records older than this many years are not accepted (the archive covers one term, five years). */
export const MAX_AGE_YEARS = 5;
export const MAX_SPAN_DAYS = 60;

export function pastDayProblem(day: string, now: Date): string | null {
  if (!isDayKey(day)) return DUTY_DATE_ERRORS.invalid;
  const today = shanghaiDayKey(now);
  if (day > today) return DUTY_DATE_ERRORS.future;
  if (Number(day.slice(0, 4)) < Number(today.slice(0, 4)) - MAX_AGE_YEARS) return DUTY_DATE_ERRORS.tooOld;
  return null;
}

/** The end of an activity over several days: not before its start, not in the future, not over 60 days. */
export function endDayProblem(start: string, end: string, now: Date, allowFuture = false): string | null {
  if (!isDayKey(end)) return DUTY_DATE_ERRORS.invalid;
  if (end < start) return DUTY_DATE_ERRORS.endBeforeStart;
  if (!allowFuture && end > shanghaiDayKey(now)) return DUTY_DATE_ERRORS.future;
  if (dayNumber(end) - dayNumber(start) > MAX_SPAN_DAYS) return DUTY_DATE_ERRORS.tooLong;
  return null;
}

/** Quarter (1–4) of a day key, and the first day of that quarter. */
export function quarterOf(day: string): { year: number; quarter: number; firstDay: string } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3) + 1;
  const firstMonth = (quarter - 1) * 3 + 1;
  return { year, quarter, firstDay: `${year}-${String(firstMonth).padStart(2, "0")}-01` };
}

/**
 * A committee's deadline rules and working-day calendar (issue 3 #3), as staff edit them on the
 * settings page and as the clock and the scheduled job read them. Defaults: reply 3 months (6 for
 * complex items), return window 7 working days, re-handling 1 month, evaluation window 15 working
 * days, reminders 7, 3 and 1 working days ahead, the State Council's holidays (src/domain/calendar).
 */
import { CN_DEFAULT_CALENDAR } from "../calendar/cn-2026";
import { DEFAULT_DEADLINES, type TDeadlineConfig } from "../calendar/deadlines";
import { dayNumber, isDayKey, isWeekend } from "../calendar/shanghai";
import { makeCalendar, type TCalendar } from "../calendar/working-days";
import { MAX_REMIND_WORKING_DAYS } from "./alerts";

export type TLoopSettings = {
  replyMonths: number;
  complexReplyMonths: number;
  returnWindowWorkingDays: number;
  rehandleMonths: number;
  evaluationWindowWorkingDays: number;
  /** working days before a deadline on which reminders go out, largest first */
  remindWorkingDaysBefore: readonly number[];
  /** YYYY-MM-DD, sorted */
  holidays: readonly string[];
  makeupWorkdays: readonly string[];
};

export const DEFAULT_LOOP_SETTINGS: TLoopSettings = {
  replyMonths: DEFAULT_DEADLINES.replyMonths,
  complexReplyMonths: DEFAULT_DEADLINES.complexReplyMonths,
  returnWindowWorkingDays: DEFAULT_DEADLINES.returnWindowWorkingDays,
  rehandleMonths: DEFAULT_DEADLINES.rehandleMonths,
  evaluationWindowWorkingDays: 15,
  remindWorkingDaysBefore: [7, 3, 1],
  holidays: [...CN_DEFAULT_CALENDAR.holidays].sort(),
  makeupWorkdays: [...CN_DEFAULT_CALENDAR.makeupWorkdays].sort(),
};

/** Inclusive ranges of the numeric fields (the form and the database agree on them). */
export const LOOP_SETTING_LIMITS = {
  replyMonths: [1, 24],
  complexReplyMonths: [1, 36],
  returnWindowWorkingDays: [1, 60],
  rehandleMonths: [1, 12],
  evaluationWindowWorkingDays: [1, 60],
} as const satisfies Record<string, readonly [number, number]>;

export const MAX_REMINDERS = 5;
export const MAX_CALENDAR_DAYS = 1_000;
export { MAX_REMIND_WORKING_DAYS };

export type TLoopSettingsField = keyof TLoopSettings;
export type TLoopSettingsProblem =
  | { field: TLoopSettingsField; problem: "range" | "complexShorter" | "remindInvalid" | "tooMany" }
  | { field: "holidays" | "makeupWorkdays"; problem: "badDay" | "inBoth" | "notWeekend"; day: string };

/** Everything wrong with a settings object; empty when it may be saved. */
export function loopSettingsProblems(s: TLoopSettings): TLoopSettingsProblem[] {
  const out: TLoopSettingsProblem[] = [];
  for (const [field, [min, max]] of Object.entries(LOOP_SETTING_LIMITS) as [keyof typeof LOOP_SETTING_LIMITS, readonly [number, number]][]) {
    const v = s[field];
    if (!Number.isInteger(v) || v < min || v > max) out.push({ field, problem: "range" });
  }
  if (!out.some((p) => p.field === "complexReplyMonths") && s.complexReplyMonths < s.replyMonths) {
    out.push({ field: "complexReplyMonths", problem: "complexShorter" });
  }
  const r = s.remindWorkingDaysBefore;
  if (r.length > MAX_REMINDERS) out.push({ field: "remindWorkingDaysBefore", problem: "tooMany" });
  else if (r.some((n) => !Number.isInteger(n) || n < 0 || n > MAX_REMIND_WORKING_DAYS) || new Set(r).size !== r.length) {
    out.push({ field: "remindWorkingDaysBefore", problem: "remindInvalid" });
  }
  for (const field of ["holidays", "makeupWorkdays"] as const) {
    if (s[field].length > MAX_CALENDAR_DAYS) {
      out.push({ field, problem: "tooMany" });
      continue;
    }
    const bad = s[field].find((d) => !isDayKey(d));
    if (bad !== undefined) out.push({ field, problem: "badDay", day: bad });
  }
  if (out.some((p) => p.field === "holidays" || p.field === "makeupWorkdays")) return out;
  const holidays = new Set(s.holidays);
  const both = s.makeupWorkdays.find((d) => holidays.has(d));
  if (both !== undefined) out.push({ field: "makeupWorkdays", problem: "inBoth", day: both });
  const weekday = s.makeupWorkdays.find((d) => !isWeekend(dayNumber(d)));
  if (weekday !== undefined) out.push({ field: "makeupWorkdays", problem: "notWeekend", day: weekday });
  return out;
}

/** The settings as the deadline functions take them. */
export function deadlineConfigOf(s: TLoopSettings): TDeadlineConfig {
  return {
    replyMonths: s.replyMonths,
    complexReplyMonths: s.complexReplyMonths,
    returnWindowWorkingDays: s.returnWindowWorkingDays,
    rehandleMonths: s.rehandleMonths,
    remindDaysBefore: s.remindWorkingDaysBefore,
  };
}

/** The working-day calendar of these settings (they were validated on save). */
export function calendarOf(s: TLoopSettings): TCalendar {
  return makeCalendar({ holidays: s.holidays, makeupWorkdays: s.makeupWorkdays });
}

/** Day lists normalized for storage: trimmed, unique, sorted. */
export function normalizeDays(days: Iterable<string>): string[] {
  return [...new Set([...days].map((d) => d.trim()).filter((d) => d !== ""))].sort();
}

/**
 * The working-day calendar (China, Asia/Shanghai). A day is a working day unless it is a configured
 * public holiday; otherwise Monday–Friday work and Saturday/Sunday rest, except configured make-up
 * workdays (调休上班), which are weekend days worked. Precedence: holiday > make-up workday > weekday.
 *
 * Counting convention (the same as the Civil Code, 民法典 第二百零一条 "开始的当日不计入"):
 * the day of the starting instant never counts. addWorkingDays(assignedAt, 7) is the 7th working day
 * AFTER the day of assignment, whatever the hour of assignment and whether or not that day was itself
 * a working day; a window of 7 working days ends at 24:00 of that day (endOfDayShanghai).
 * workingDaysBetween(a, b) counts the working days d with day(a) < d ≤ day(b), so
 * workingDaysBetween(start, addWorkingDays(start, n)) === n.
 */
import {
  dayKeyOf,
  dayNumber,
  daysInMonth,
  fromShanghaiParts,
  isDayKey,
  isWeekend,
  shanghaiParts,
  startOfDayNumber,
  type TDayInput,
  type TDayKey,
} from "./shanghai";

export { endOfDayShanghai, shanghaiDayKey, startOfDayShanghai, type TDayInput, type TDayKey } from "./shanghai";

export type TCalendar = { holidays: ReadonlySet<TDayKey>; makeupWorkdays: ReadonlySet<TDayKey> };

/** Guard against runaway loops from absurd settings: about 40 years of working days. */
export const MAX_WORKING_DAYS = 10_000;

export const EMPTY_CALENDAR: TCalendar = { holidays: new Set(), makeupWorkdays: new Set() };

/**
 * A calendar from plain lists (e.g. from settings). Throws RangeError on a key that is not a real
 * YYYY-MM-DD date or a day listed as both a holiday and a make-up workday.
 */
export function makeCalendar(lists: { holidays: Iterable<string>; makeupWorkdays: Iterable<string> }): TCalendar {
  const holidays = new Set(lists.holidays);
  const makeupWorkdays = new Set(lists.makeupWorkdays);
  for (const key of [...holidays, ...makeupWorkdays]) {
    if (!isDayKey(key)) throw new RangeError(`Not a YYYY-MM-DD day: ${key}`);
  }
  for (const key of makeupWorkdays) {
    if (holidays.has(key)) throw new RangeError(`Both a holiday and a make-up workday: ${key}`);
  }
  return { holidays, makeupWorkdays };
}

/** The union of several calendars (e.g. one per year). Conflicts throw as in makeCalendar. */
export function mergeCalendars(...cals: readonly TCalendar[]): TCalendar {
  return makeCalendar({
    holidays: cals.flatMap((c) => [...c.holidays]),
    makeupWorkdays: cals.flatMap((c) => [...c.makeupWorkdays]),
  });
}

function isWorkingDayNumber(day: number, key: TDayKey, cal: TCalendar): boolean {
  if (cal.holidays.has(key)) return false;
  if (cal.makeupWorkdays.has(key)) return true;
  return !isWeekend(day);
}

/** Whether the Shanghai day of `date` (an instant or a "YYYY-MM-DD" key) is a working day. */
export function isWorkingDay(date: TDayInput, cal: TCalendar): boolean {
  const day = dayNumber(date);
  return isWorkingDayNumber(day, dayKeyOf(day), cal);
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`Working-day count must be an integer in 0…${MAX_WORKING_DAYS}: ${n}`);
  }
}

/**
 * The start (00:00 +08:00) of the n-th working day after the Shanghai day of `start` (n ≥ 0).
 * n = 0 gives the start of that same day, working day or not; for n ≥ 1 the result is a working day.
 */
export function addWorkingDays(start: TDayInput, n: number, cal: TCalendar): Date {
  assertCount(n);
  let day = dayNumber(start);
  let left = n;
  while (left > 0) {
    day += 1;
    if (isWorkingDayNumber(day, dayKeyOf(day), cal)) left -= 1;
  }
  return startOfDayNumber(day);
}

/** The first working day on or after the Shanghai day of `date`, at 00:00 +08:00. */
export function nextWorkingDayOnOrAfter(date: TDayInput, cal: TCalendar): Date {
  let day = dayNumber(date);
  // Terminates: the calendar lists finitely many holidays, and weekdays after the last one work.
  while (!isWorkingDayNumber(day, dayKeyOf(day), cal)) day += 1;
  return startOfDayNumber(day);
}

/** Monday of the week of day 0 (1970-01-01 was a Thursday): 1969-12-29. */
const MONDAY_ANCHOR = -3;

/** Cumulative count of Monday–Friday days up to and including `day` (any origin; only differences matter). */
function weekdaysThrough(day: number): number {
  const t = day - MONDAY_ANCHOR + 1;
  const weeks = Math.floor(t / 7);
  return weeks * 5 + Math.min(t - weeks * 7, 5);
}

/**
 * Working days d with day(a) < d ≤ day(b); negative (−count of day(b) < d ≤ day(a)) when b is
 * earlier. Computed arithmetically (weekdays, then the calendar's exceptions), not by walking days.
 */
export function workingDaysBetween(a: TDayInput, b: TDayInput, cal: TCalendar): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  if (to < from) return -workingDaysBetween(b, a, cal);
  let count = weekdaysThrough(to) - weekdaysThrough(from);
  for (const key of cal.holidays) {
    const d = dayNumber(key);
    if (d > from && d <= to && !isWeekend(d)) count -= 1;
  }
  for (const key of cal.makeupWorkdays) {
    const d = dayNumber(key);
    if (d > from && d <= to && isWeekend(d) && !cal.holidays.has(key)) count += 1;
  }
  return count;
}

/**
 * The same Shanghai wall-clock time n calendar months later (n may be negative). The day of month is
 * kept; when the target month is shorter it is clamped to the month's last day (Jan 31 + 1 month =
 * Feb 28, or Feb 29 in a leap year) — the Civil Code's rule (第二百零二条 "没有对应日的，月末日为期间
 * 的最后一日").
 */
export function addCalendarMonths(start: Date, n: number): Date {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Month count must be an integer: ${n}`);
  const { year, month, day, msOfDay } = shanghaiParts(start);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromShanghaiParts(y, m, Math.min(day, daysInMonth(y, m)), msOfDay);
}

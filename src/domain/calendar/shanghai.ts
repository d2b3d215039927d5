/**
 * Day arithmetic in China Standard Time (Asia/Shanghai): UTC+8 all year, no daylight saving
 * since 1991. Everything here uses the fixed +8 h offset and UTC methods only, so the result never
 * depends on the machine's TZ.
 *
 * A "day" is a Shanghai calendar day. It is named by its key "YYYY-MM-DD" (TDayKey) or, inside this
 * module, by its day number: whole days since 1970-01-01 in Shanghai (so 0 is Thursday 1970-01-01).
 * Instants are plain `Date`s.
 */
export type TDayKey = string;
/** An instant, or a Shanghai day given by its key. */
export type TDayInput = Date | TDayKey;

export const DAY_MS = 86_400_000;
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function assertInstant(date: Date): number {
  const t = date.getTime();
  if (!Number.isFinite(t)) throw new RangeError("Invalid Date");
  return t;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month1to12: number): number {
  if (month1to12 === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month1to12) ? 30 : 31;
}

/** UTC midnight of a proleptic Gregorian date, safe for years 0–99 too (unlike Date.UTC). */
function utcMidnight(year: number, month1to12: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month1to12 - 1, day);
  return d.getTime();
}

/** True for a well-formed key of a real date ("2026-02-29" is false). */
export function isDayKey(value: string): boolean {
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The Shanghai day number of an instant or of a day key. Throws RangeError on bad input. */
export function dayNumber(input: TDayInput): number {
  if (input instanceof Date) return Math.floor((assertInstant(input) + SHANGHAI_OFFSET_MS) / DAY_MS);
  if (!isDayKey(input)) throw new RangeError(`Not a YYYY-MM-DD day: ${input}`);
  const [y, mo, d] = input.split("-").map(Number) as [number, number, number];
  return Math.floor(utcMidnight(y, mo, d) / DAY_MS);
}

/** The key "YYYY-MM-DD" of a day number. */
export function dayKeyOf(day: number): TDayKey {
  const d = new Date(day * DAY_MS);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${dd}`;
}

/** The Shanghai day an instant falls on, as "YYYY-MM-DD". */
export function shanghaiDayKey(input: TDayInput): TDayKey {
  return dayKeyOf(dayNumber(input));
}

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

/** 00:00:00.000 in Shanghai of the given day number. */
export function startOfDayNumber(day: number): Date {
  return new Date(day * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** 00:00:00.000 (+08:00) of the Shanghai day of `input`. */
export function startOfDayShanghai(input: TDayInput): Date {
  return startOfDayNumber(dayNumber(input));
}

/**
 * The end of the Shanghai day of `input`: "24:00" of that day, stored as its last millisecond
 * (23:59:59.999 +08:00) so that the date part shown to users is the right day and a deadline is
 * met by anything done up to and including that instant (see isOverdue in deadlines.ts).
 */
export function endOfDayShanghai(input: TDayInput): Date {
  return new Date(startOfDayNumber(dayNumber(input) + 1).getTime() - 1);
}

/** Shanghai wall-clock fields of an instant (month 1–12, msOfDay 0 … DAY_MS−1). */
export function shanghaiParts(date: Date): { year: number; month: number; day: number; msOfDay: number } {
  const local = assertInstant(date) + SHANGHAI_OFFSET_MS;
  const d = new Date(local);
  const msOfDay = local - Math.floor(local / DAY_MS) * DAY_MS;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), msOfDay };
}

/** The instant of Shanghai wall-clock year/month/day + msOfDay. */
export function fromShanghaiParts(year: number, month1to12: number, day: number, msOfDay = 0): Date {
  return new Date(utcMidnight(year, month1to12, day) + msOfDay - SHANGHAI_OFFSET_MS);
}

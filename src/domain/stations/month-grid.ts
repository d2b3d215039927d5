import { daysInMonth } from "../calendar/shanghai";

/** A calendar month, 1-based: what the reception-day calendar shows. */
export type TMonth = { year: number; month: number };

const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** "2026-12" → { year: 2026, month: 12 }; anything else (or a year outside 2000–2100) → null. */
export function parseMonth(value: unknown): TMonth | null {
  if (typeof value !== "string") return null;
  const m = MONTH_KEY.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
  return { year, month };
}

export function monthKey({ year, month }: TMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function shiftMonth({ year, month }: TMonth, by: number): TMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function dayKey(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first and last day keys of the month (inclusive). */
export function monthRange(m: TMonth): { first: string; last: string } {
  return { first: dayKey(m.year, m.month, 1), last: dayKey(m.year, m.month, daysInMonth(m.year, m.month)) };
}

/** 0 = Monday … 6 = Sunday (Zeller-free: from the UTC weekday of that calendar date). */
export function weekdayMondayFirst(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return (d.getUTCDay() + 6) % 7;
}

/**
 * The month view: weeks Monday to Sunday, each of seven cells holding a day key or null for the
 * days of the neighbouring months. Always whole weeks (4 to 6 of them).
 */
export function monthGrid(m: TMonth): (string | null)[][] {
  const lead = weekdayMondayFirst(m.year, m.month, 1);
  const count = daysInMonth(m.year, m.month);
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let day = 1; day <= count; day++) cells.push(dayKey(m.year, m.month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Groups dated entries by day key, keeping their order: the calendar looks each cell up here. */
export function byDay<T extends { date: string }>(entries: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of entries) {
    const list = out.get(e.date) ?? [];
    list.push(e);
    out.set(e.date, list);
  }
  return out;
}

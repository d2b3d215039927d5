/** China Standard Time has no daylight saving: UTC+8 all year. */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight of `now`'s calendar day in Beijing time, as an instant. Pure, for "today" counts. */
export function startOfBeijingDay(now: Date): Date {
  const local = now.getTime() + OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - OFFSET_MS);
}

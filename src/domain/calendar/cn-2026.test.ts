import { describe, expect, it } from "vitest";
import { CN_DEFAULT_CALENDAR, CN_HOLIDAY_SCHEDULES, CN_HOLIDAYS_2026, CN_HOLIDAYS_2027 } from "./cn-2026";
import { HOLIDAY_NAMES, periodDays } from "./schedule";
import { dayKeyOf, dayNumber, isWeekend } from "./shanghai";
import { isWorkingDay } from "./working-days";

describe("2026 schedule (State Council notice of 2025-11-04)", () => {
  it("has the seven holidays with the notice's lengths", () => {
    const lengths = Object.fromEntries(CN_HOLIDAYS_2026.periods.map((p) => [p.name, periodDays(p).length]));
    expect(lengths).toEqual({
      NEW_YEAR: 3,
      SPRING_FESTIVAL: 9,
      QINGMING: 3,
      LABOUR_DAY: 5,
      DRAGON_BOAT: 3,
      MID_AUTUMN: 3,
      NATIONAL_DAY: 7,
    });
  });
  it("has six make-up workdays, all on weekends", () => {
    const makeup = CN_HOLIDAYS_2026.periods.flatMap((p) => p.makeupWorkdays);
    expect([...makeup].sort()).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    for (const d of makeup) expect(isWeekend(dayNumber(d)), d).toBe(true);
  });
  it("never makes anyone work more than 6 days in a row", () => {
    let run = 0;
    let longest = 0;
    for (let d = dayNumber("2026-01-01"); d <= dayNumber("2026-12-31"); d += 1) {
      run = isWorkingDay(dayKeyOf(d), CN_DEFAULT_CALENDAR) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBe(6);
  });
});

describe("all default schedules", () => {
  it("list every holiday once per year, inside that year, in order", () => {
    for (const s of CN_HOLIDAY_SCHEDULES) {
      expect(s.periods.map((p) => p.name)).toEqual([...HOLIDAY_NAMES]);
      for (const p of s.periods) {
        for (const d of [...periodDays(p), ...p.makeupWorkdays]) expect(d.startsWith(String(s.year)), d).toBe(true);
      }
    }
  });
  it("marks 2027 as provisional: statutory days only (13), no make-up days yet", () => {
    expect(CN_HOLIDAYS_2027.status).toBe("provisional");
    expect(CN_HOLIDAYS_2027.periods.flatMap(periodDays)).toHaveLength(13);
    expect(CN_HOLIDAYS_2027.periods.flatMap((p) => p.makeupWorkdays)).toEqual([]);
    expect(isWorkingDay("2027-02-08", CN_DEFAULT_CALENDAR)).toBe(false); // 正月初三, Monday
    expect(isWorkingDay("2027-02-09", CN_DEFAULT_CALENDAR)).toBe(true);
  });
});

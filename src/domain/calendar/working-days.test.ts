import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CN_DEFAULT_CALENDAR } from "./cn-2026";
import { dayKeyOf, dayNumber } from "./shanghai";
import {
  addCalendarMonths,
  addWorkingDays,
  EMPTY_CALENDAR,
  isWorkingDay,
  makeCalendar,
  mergeCalendars,
  nextWorkingDayOnOrAfter,
  shanghaiDayKey,
  workingDaysBetween,
  type TCalendar,
} from "./working-days";

const cal = CN_DEFAULT_CALENDAR;
/** Wall-clock time in Shanghai, written as the people using the portal would. */
const sh = (local: string) => new Date(`${local}+08:00`);
const key = (d: Date) => shanghaiDayKey(d);

describe("isWorkingDay", () => {
  it("rests on weekends and works on weekdays without a calendar", () => {
    expect(isWorkingDay("2026-03-06", EMPTY_CALENDAR)).toBe(true); // Friday
    expect(isWorkingDay("2026-03-07", EMPTY_CALENDAR)).toBe(false); // Saturday
    expect(isWorkingDay("2026-03-08", EMPTY_CALENDAR)).toBe(false); // Sunday
  });
  it("rests on public holidays, including weekdays", () => {
    expect(isWorkingDay("2026-10-05", cal)).toBe(false); // Monday of 国庆
    expect(isWorkingDay("2026-02-17", cal)).toBe(false); // 春节 正月初一, Tuesday
    expect(isWorkingDay("2026-06-19", cal)).toBe(false); // 端午, Friday
  });
  it("works on make-up weekend days (调休上班)", () => {
    for (const d of ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]) {
      expect(isWorkingDay(d, cal), d).toBe(true);
      expect(isWorkingDay(d, EMPTY_CALENDAR), d).toBe(false);
    }
  });
  it("reads an instant on its Shanghai day, whatever the machine's time zone", () => {
    // 2026-10-08 00:30 in Shanghai is still 2026-10-07 in UTC, which is 国庆.
    expect(isWorkingDay(sh("2026-10-08T00:30:00"), cal)).toBe(true);
    expect(isWorkingDay(sh("2026-10-07T23:59:59"), cal)).toBe(false);
  });
  it("lets a holiday win over a make-up day, but refuses to build such a calendar", () => {
    const both: TCalendar = { holidays: new Set(["2026-03-07"]), makeupWorkdays: new Set(["2026-03-07"]) };
    expect(isWorkingDay("2026-03-07", both)).toBe(false);
    expect(() => makeCalendar({ holidays: ["2026-03-07"], makeupWorkdays: ["2026-03-07"] })).toThrow(RangeError);
    expect(() => makeCalendar({ holidays: ["2026-02-30"], makeupWorkdays: [] })).toThrow(RangeError);
    expect(() => mergeCalendars(cal, makeCalendar({ holidays: ["2026-02-14"], makeupWorkdays: [] }))).toThrow(RangeError);
  });
});

describe("addWorkingDays (the day of the start never counts)", () => {
  it("counts 7 working days after an ordinary Monday", () => {
    expect(key(addWorkingDays(sh("2026-03-09T09:00:00"), 7, cal))).toBe("2026-03-18");
  });
  it("does not count a Friday assignment made late in the evening", () => {
    expect(key(addWorkingDays(sh("2026-03-13T23:30:00"), 1, cal))).toBe("2026-03-16");
  });
  it("does not count a weekend day of assignment", () => {
    expect(key(addWorkingDays(sh("2026-03-14T10:00:00"), 1, cal))).toBe("2026-03-16");
  });
  it("spans 国庆 and counts the make-up Saturday 10-10", () => {
    // Assigned Tue 09-29: 09-30, [10-01…10-07 off], 10-08, 10-09, 10-10 (Sat, worked), 10-12, 10-13, 10-14.
    expect(key(addWorkingDays(sh("2026-09-29T15:00:00"), 7, cal))).toBe("2026-10-14");
    expect(key(addWorkingDays(sh("2026-09-29T15:00:00"), 7, EMPTY_CALENDAR))).toBe("2026-10-08");
  });
  it("spans 春节 and both of its make-up Saturdays", () => {
    // Assigned Thu 02-12: 02-13, 02-14 (Sat, worked), [02-15…02-23 off], 02-24, 02-25, 02-26, 02-27, 02-28 (Sat).
    expect(key(addWorkingDays(sh("2026-02-12T10:00:00"), 7, cal))).toBe("2026-02-28");
  });
  it("returns 00:00 of the day, and the same day for n = 0", () => {
    expect(addWorkingDays(sh("2026-10-03T18:00:00"), 0, cal).toISOString()).toBe("2026-10-02T16:00:00.000Z");
    expect(addWorkingDays(sh("2026-03-09T18:00:00"), 1, cal).toISOString()).toBe("2026-03-09T16:00:00.000Z");
  });
  it("refuses negative, fractional and absurd counts", () => {
    expect(() => addWorkingDays(sh("2026-03-09T09:00:00"), -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays(sh("2026-03-09T09:00:00"), 1.5, cal)).toThrow(RangeError);
    expect(() => addWorkingDays(sh("2026-03-09T09:00:00"), 1e9, cal)).toThrow(RangeError);
  });
  it("finds the next working day on or after a rest day", () => {
    expect(key(nextWorkingDayOnOrAfter("2026-10-01", cal))).toBe("2026-10-08");
    expect(key(nextWorkingDayOnOrAfter("2026-10-10", cal))).toBe("2026-10-10");
  });
});

describe("workingDaysBetween", () => {
  it("counts (a, b] and is antisymmetric", () => {
    expect(workingDaysBetween("2026-09-29", "2026-10-14", cal)).toBe(7);
    expect(workingDaysBetween("2026-10-14", "2026-09-29", cal)).toBe(-7);
    expect(workingDaysBetween("2026-10-01", "2026-10-07", cal)).toBe(0);
    expect(workingDaysBetween("2026-03-09", "2026-03-09", cal)).toBe(0);
  });
  it("counts 248 working days in 2026 (261 weekdays − 19 weekday holidays + 6 make-up days)", () => {
    expect(workingDaysBetween("2025-12-31", "2026-12-31", cal)).toBe(248);
    expect(workingDaysBetween("2025-12-31", "2026-12-31", EMPTY_CALENDAR)).toBe(261);
  });
});

/** Random calendars: random weekday holidays and weekend make-up days around 2020–2030. */
const arbCalendar = fc
  .uniqueArray(fc.integer({ min: dayNumber("2020-01-01"), max: dayNumber("2030-12-31") }), { maxLength: 120 })
  .map((days) => {
    const keys = days.map(dayKeyOf);
    const half = Math.floor(keys.length / 2);
    const holidays = keys.slice(0, half);
    const makeup = keys.slice(half).filter((k) => !isWorkingDay(k, EMPTY_CALENDAR));
    return makeCalendar({ holidays, makeupWorkdays: makeup });
  });
const arbCal = fc.oneof(fc.constant(cal), fc.constant(EMPTY_CALENDAR), arbCalendar);
const arbInstant = fc.date({ min: new Date("2021-01-01T00:00:00Z"), max: new Date("2029-12-31T00:00:00Z"), noInvalidDate: true });

describe("working-day properties", () => {
  it("addWorkingDays(n ≥ 1) lands on a working day n working days later", () => {
    fc.assert(
      fc.property(arbCal, arbInstant, fc.integer({ min: 0, max: 400 }), (c, start, n) => {
        const end = addWorkingDays(start, n, c);
        if (n >= 1) expect(isWorkingDay(end, c)).toBe(true);
        expect(workingDaysBetween(start, end, c)).toBe(n);
        // …and it is the first such day: the day before has one working day fewer.
        if (n >= 1) expect(workingDaysBetween(start, new Date(end.getTime() - 1), c)).toBe(n - 1);
      }),
    );
  });
  it("workingDaysBetween agrees with walking day by day", () => {
    fc.assert(
      fc.property(arbCal, arbInstant, fc.integer({ min: 0, max: 120 }), (c, start, span) => {
        const from = dayNumber(start);
        let walked = 0;
        for (let d = from + 1; d <= from + span; d += 1) if (isWorkingDay(dayKeyOf(d), c)) walked += 1;
        expect(workingDaysBetween(start, dayKeyOf(from + span), c)).toBe(walked);
      }),
    );
  });
  it("addWorkingDays is monotone in its start", () => {
    fc.assert(
      fc.property(arbCal, arbInstant, arbInstant, fc.integer({ min: 0, max: 30 }), (c, a, b, n) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(x, n, c).getTime()).toBeLessThanOrEqual(addWorkingDays(y, n, c).getTime());
      }),
    );
  });
});

describe("addCalendarMonths", () => {
  it("keeps the day of month and the Shanghai time of day", () => {
    expect(addCalendarMonths(sh("2026-01-15T09:30:00"), 3).toISOString()).toBe(sh("2026-04-15T09:30:00").toISOString());
  });
  it("clamps the 31st (and the 29th/30th) to the month end", () => {
    expect(key(addCalendarMonths(sh("2026-01-31T10:00:00"), 1))).toBe("2026-02-28");
    expect(key(addCalendarMonths(sh("2026-03-31T10:00:00"), 1))).toBe("2026-04-30");
    expect(key(addCalendarMonths(sh("2026-11-30T10:00:00"), 3))).toBe("2027-02-28");
    expect(key(addCalendarMonths(sh("2026-05-31T10:00:00"), -3))).toBe("2026-02-28");
  });
  it("handles leap years", () => {
    expect(key(addCalendarMonths(sh("2027-11-30T10:00:00"), 3))).toBe("2028-02-29");
    expect(key(addCalendarMonths(sh("2028-02-29T10:00:00"), 12))).toBe("2029-02-28");
    expect(key(addCalendarMonths(sh("2099-12-31T10:00:00"), 2))).toBe("2100-02-28"); // 2100 is not leap
  });
  it("crosses years using the Shanghai date, not the UTC one", () => {
    // 2026-10-31 07:00 in Shanghai is 10-30 in UTC: the result must still be 2027-01-31.
    expect(key(addCalendarMonths(sh("2026-10-31T07:00:00"), 3))).toBe("2027-01-31");
    expect(key(addCalendarMonths(sh("2026-12-31T23:59:00"), 1))).toBe("2027-01-31");
  });
  it("is monotone and reversible away from month ends", () => {
    fc.assert(
      fc.property(arbInstant, arbInstant, fc.integer({ min: -36, max: 36 }), (a, b, n) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(addCalendarMonths(x, n).getTime()).toBeLessThanOrEqual(addCalendarMonths(y, n).getTime());
        if (Number(key(x).slice(8)) <= 28) expect(addCalendarMonths(addCalendarMonths(x, n), -n).getTime()).toBe(x.getTime());
      }),
    );
  });
  it("refuses fractional month counts", () => {
    expect(() => addCalendarMonths(sh("2026-01-15T09:30:00"), 0.5)).toThrow(RangeError);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayKeyOf,
  dayNumber,
  endOfDayShanghai,
  fromShanghaiParts,
  isDayKey,
  shanghaiDayKey,
  shanghaiParts,
  startOfDayShanghai,
  weekdayOf,
} from "./shanghai";

describe("Shanghai days (fixed +08:00)", () => {
  it("puts 16:00Z and later on the next Shanghai day", () => {
    expect(shanghaiDayKey(new Date("2026-09-30T15:59:59.999Z"))).toBe("2026-09-30");
    expect(shanghaiDayKey(new Date("2026-09-30T16:00:00.000Z"))).toBe("2026-10-01");
    expect(shanghaiDayKey(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });
  it("gives 00:00 and 23:59:59.999 +08:00 as day bounds", () => {
    const noon = new Date("2026-10-01T04:00:00Z");
    expect(startOfDayShanghai(noon).toISOString()).toBe("2026-09-30T16:00:00.000Z");
    expect(endOfDayShanghai(noon).toISOString()).toBe("2026-10-01T15:59:59.999Z");
    expect(endOfDayShanghai("2026-02-28").toISOString()).toBe("2026-02-28T15:59:59.999Z");
  });
  it("validates day keys as real dates", () => {
    expect(isDayKey("2028-02-29")).toBe(true);
    expect(isDayKey("2026-02-29")).toBe(false);
    expect(isDayKey("2100-02-29")).toBe(false);
    expect(isDayKey("2000-02-29")).toBe(true);
    expect(isDayKey("2026-13-01")).toBe(false);
    expect(isDayKey("2026-1-01")).toBe(false);
    expect(() => dayNumber("2026-02-30")).toThrow(RangeError);
    expect(() => dayNumber(new Date(Number.NaN))).toThrow(RangeError);
  });
  it("knows the weekday (2026-01-01 is a Thursday, 2026-10-01 too)", () => {
    expect(weekdayOf(dayNumber("2026-01-01"))).toBe(4);
    expect(weekdayOf(dayNumber("2026-10-01"))).toBe(4);
    expect(weekdayOf(dayNumber("1969-12-28"))).toBe(0);
  });
  it("round-trips keys, instants and wall-clock parts", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 60_000 }), (day) => dayNumber(dayKeyOf(day)) === day),
    );
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), (d) => {
        const p = shanghaiParts(d);
        expect(fromShanghaiParts(p.year, p.month, p.day, p.msOfDay).getTime()).toBe(d.getTime());
        expect(startOfDayShanghai(d).getTime()).toBeLessThanOrEqual(d.getTime());
        expect(endOfDayShanghai(d).getTime()).toBeGreaterThanOrEqual(d.getTime());
        expect(endOfDayShanghai(d).getTime() - startOfDayShanghai(d).getTime()).toBe(86_400_000 - 1);
      }),
    );
  });
});

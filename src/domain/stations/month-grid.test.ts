import { describe, expect, it } from "vitest";
import { byDay, monthGrid, monthKey, monthRange, parseMonth, shiftMonth, weekdayMondayFirst } from "./month-grid";

describe("reception calendar month grid", () => {
  it("starts December 2026 on a Tuesday and fills whole Monday-first weeks", () => {
    const weeks = monthGrid({ year: 2026, month: 12 });
    expect(weeks[0]).toEqual([null, "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.at(-1)).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
  });

  it("gives February 2021 (Monday the 1st, 28 days) exactly four weeks and leap February 29 days", () => {
    expect(monthGrid({ year: 2021, month: 2 })).toHaveLength(4);
    expect(monthGrid({ year: 2028, month: 2 }).flat().filter(Boolean)).toHaveLength(29);
  });

  it("needs six weeks when a 31-day month starts on a Sunday (March 2026)", () => {
    expect(weekdayMondayFirst(2026, 3, 1)).toBe(6);
    expect(monthGrid({ year: 2026, month: 3 })).toHaveLength(6);
  });

  it("parses only YYYY-MM within 2000–2100 and moves across years", () => {
    expect(parseMonth("2026-12")).toEqual({ year: 2026, month: 12 });
    for (const bad of ["2026-13", "2026-00", "26-12", "2026-1", "1999-12", "<script>", 202612, undefined]) expect(parseMonth(bad)).toBeNull();
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(monthKey({ year: 2027, month: 3 })).toBe("2027-03");
    expect(monthRange({ year: 2026, month: 11 })).toEqual({ first: "2026-11-01", last: "2026-11-30" });
  });

  it("groups entries by day in their order", () => {
    const m = byDay([{ date: "2026-12-01", n: 1 }, { date: "2026-12-02", n: 2 }, { date: "2026-12-01", n: 3 }]);
    expect(m.get("2026-12-01")?.map((e) => e.n)).toEqual([1, 3]);
    expect(m.get("2026-12-03")).toBeUndefined();
  });
});

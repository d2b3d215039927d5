import { describe, expect, it } from "vitest";
import { isWorkingDay } from "../calendar/working-days";
import { calendarOf, DEFAULT_LOOP_SETTINGS, loopSettingsProblems, normalizeDays } from "./loop-settings";

const d = DEFAULT_LOOP_SETTINGS;

describe("loop settings", () => {
  it("defaults to 3 months, 7 working days, 1 month and the 2026 holidays with 调休", () => {
    expect(loopSettingsProblems(d)).toEqual([]);
    expect([d.replyMonths, d.returnWindowWorkingDays, d.rehandleMonths]).toEqual([3, 7, 1]);
    expect(d.holidays).toContain("2026-10-01");
    expect(d.makeupWorkdays).toContain("2026-10-10");
    const cal = calendarOf(d);
    expect(isWorkingDay("2026-10-01", cal)).toBe(false);
    expect(isWorkingDay("2026-10-10", cal)).toBe(true);
  });
  it("names the fields out of range, and a complex period shorter than the normal one", () => {
    expect(loopSettingsProblems({ ...d, replyMonths: 0, rehandleMonths: 1.5, evaluationWindowWorkingDays: 61 })).toEqual([
      { field: "replyMonths", problem: "range" },
      { field: "rehandleMonths", problem: "range" },
      { field: "evaluationWindowWorkingDays", problem: "range" },
    ]);
    expect(loopSettingsProblems({ ...d, replyMonths: 4, complexReplyMonths: 3 })).toEqual([{ field: "complexReplyMonths", problem: "complexShorter" }]);
  });
  it("refuses reminder offsets that repeat, are negative, too far ahead or too many", () => {
    for (const r of [[1, 1], [-1], [31], [0.5]]) {
      expect(loopSettingsProblems({ ...d, remindWorkingDaysBefore: r })).toEqual([{ field: "remindWorkingDaysBefore", problem: "remindInvalid" }]);
    }
    expect(loopSettingsProblems({ ...d, remindWorkingDaysBefore: [1, 2, 3, 4, 5, 6] })).toEqual([{ field: "remindWorkingDaysBefore", problem: "tooMany" }]);
    expect(loopSettingsProblems({ ...d, remindWorkingDaysBefore: [] })).toEqual([]);
  });
  it("refuses unreal days, a day in both lists, and a make-up workday that is not a weekend", () => {
    expect(loopSettingsProblems({ ...d, holidays: ["2026-02-30"] })).toEqual([{ field: "holidays", problem: "badDay", day: "2026-02-30" }]);
    expect(loopSettingsProblems({ ...d, holidays: ["2026-10-10"], makeupWorkdays: ["2026-10-10"] })).toEqual([
      { field: "makeupWorkdays", problem: "inBoth", day: "2026-10-10" },
    ]);
    expect(loopSettingsProblems({ ...d, makeupWorkdays: ["2026-10-09"] })).toEqual([{ field: "makeupWorkdays", problem: "notWeekend", day: "2026-10-09" }]);
  });
  it("normalizes day lists: trimmed, unique, sorted", () => {
    expect(normalizeDays([" 2026-10-02", "2026-10-01", "", "2026-10-02"])).toEqual(["2026-10-01", "2026-10-02"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CN_DEFAULT_CALENDAR } from "./cn-2026";
import {
  DEFAULT_DEADLINES,
  deadlineConfigProblems,
  dueReminders,
  extendDeadline,
  isOverdue,
  overdueDays,
  overdueLevel,
  rehandleDeadline,
  reminderStart,
  replyDeadline,
  returnWindowEnd,
  type TDeadlineConfig,
} from "./deadlines";
import { endOfDayShanghai } from "./shanghai";

const cal = CN_DEFAULT_CALENDAR;
const cfg = DEFAULT_DEADLINES;
const sh = (local: string) => new Date(`${local}+08:00`);
/** 24:00 of a Shanghai day, as stored. */
const eod = (day: string) => endOfDayShanghai(day);

describe("reply deadline", () => {
  it("is 24:00 of the corresponding day 3 months (complex: 6) after assignment", () => {
    expect(replyDeadline(sh("2026-01-15T10:00:00"), false, cfg)).toEqual(eod("2026-04-15"));
    expect(replyDeadline(sh("2026-01-15T10:00:00"), true, cfg)).toEqual(eod("2026-07-15"));
    expect(eod("2026-04-15").toISOString()).toBe("2026-04-15T15:59:59.999Z");
  });
  it("clamps to the month end and crosses years", () => {
    expect(replyDeadline(sh("2026-11-30T10:00:00"), false, cfg)).toEqual(eod("2027-02-28"));
    expect(replyDeadline(sh("2027-11-30T10:00:00"), false, cfg)).toEqual(eod("2028-02-29"));
    expect(replyDeadline(sh("2026-08-31T10:00:00"), true, cfg)).toEqual(eod("2027-02-28"));
    expect(replyDeadline(sh("2026-12-31T23:30:00"), false, cfg)).toEqual(eod("2027-03-31"));
  });
  it("moves off a rest day to the next working day when given the calendar", () => {
    // 2026-07-01 + 3 months = 10-01 (国庆): the period ends on 10-08.
    expect(replyDeadline(sh("2026-07-01T09:00:00"), false, cfg)).toEqual(eod("2026-10-01"));
    expect(replyDeadline(sh("2026-07-01T09:00:00"), false, cfg, cal)).toEqual(eod("2026-10-08"));
    // …but not off a make-up Saturday, which is a working day.
    expect(replyDeadline(sh("2026-07-10T09:00:00"), false, cfg, cal)).toEqual(eod("2026-10-10"));
  });
  it("follows the configuration", () => {
    expect(replyDeadline(sh("2026-01-15T10:00:00"), false, { ...cfg, replyMonths: 2 })).toEqual(eod("2026-03-15"));
  });
});

describe("return window (7 working days, the day of assignment not counted)", () => {
  it("ends at 24:00 of the 7th working day after the day of assignment", () => {
    expect(returnWindowEnd(sh("2026-03-09T16:45:00"), cal, cfg)).toEqual(eod("2026-03-18"));
  });
  it("stretches across 国庆 and 春节", () => {
    expect(returnWindowEnd(sh("2026-09-29T09:00:00"), cal, cfg)).toEqual(eod("2026-10-14"));
    expect(returnWindowEnd(sh("2026-02-12T09:00:00"), cal, cfg)).toEqual(eod("2026-02-28"));
    // Assigned on the make-up Saturday before the 9-day break: 02-24 … 02-27, 02-28 (Sat), 03-02, 03-03.
    expect(returnWindowEnd(sh("2026-02-14T17:00:00"), cal, cfg)).toEqual(eod("2026-03-03"));
  });
  it("is open at 23:59 of the last day and closed one millisecond after 24:00", () => {
    const end = returnWindowEnd(sh("2026-09-29T09:00:00"), cal, cfg);
    expect(isOverdue(end, sh("2026-10-14T23:59:59"))).toBe(false);
    expect(isOverdue(end, new Date(end.getTime() + 1))).toBe(true);
  });
});

describe("re-handling and extensions", () => {
  it("gives one month after a 不满意 evaluation", () => {
    expect(rehandleDeadline(sh("2026-01-31T11:00:00"), cfg)).toEqual(eod("2026-02-28"));
    expect(rehandleDeadline(sh("2026-12-15T11:00:00"), cfg)).toEqual(eod("2027-01-15"));
    expect(rehandleDeadline(sh("2026-01-03T11:00:00"), cfg, cal)).toEqual(eod("2026-02-03"));
    expect(rehandleDeadline(sh("2026-09-01T11:00:00"), cfg, cal)).toEqual(eod("2026-10-08"));
  });
  it("extends by whole calendar days to 24:00", () => {
    expect(extendDeadline(eod("2026-04-15"), 30)).toEqual(eod("2026-05-15"));
    expect(extendDeadline(eod("2026-12-20"), 15)).toEqual(eod("2027-01-04"));
    expect(extendDeadline(eod("2026-04-15"), 16, cal)).toEqual(eod("2026-05-06"));
    expect(() => extendDeadline(eod("2026-04-15"), 0)).toThrow(RangeError);
    expect(() => extendDeadline(eod("2026-04-15"), 2.5)).toThrow(RangeError);
  });
});

const arbInstant = fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true });

describe("deadlines are monotone in their start", () => {
  it("for replies, returns, re-handling and extensions", () => {
    fc.assert(
      fc.property(arbInstant, arbInstant, fc.boolean(), fc.integer({ min: 1, max: 90 }), (a, b, complex, days) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const le = (f: (d: Date) => Date) => expect(f(x).getTime()).toBeLessThanOrEqual(f(y).getTime());
        le((d) => replyDeadline(d, complex, cfg));
        le((d) => replyDeadline(d, complex, cfg, cal));
        le((d) => returnWindowEnd(d, cal, cfg));
        le((d) => rehandleDeadline(d, cfg, cal));
        le((d) => extendDeadline(d, days, cal));
        // Every deadline is a day end, later than its start.
        const r = replyDeadline(x, complex, cfg, cal);
        expect(r).toEqual(endOfDayShanghai(r));
        expect(r.getTime()).toBeGreaterThan(x.getTime());
      }),
    );
  });
});

describe("reminders", () => {
  const deadline = eod("2026-04-15");
  it("are due from 00:00 of the day N days before the deadline", () => {
    expect(dueReminders(deadline, sh("2026-04-07T23:59:59"), cfg, [])).toEqual([]);
    expect(dueReminders(deadline, sh("2026-04-08T00:00:00"), cfg, [])).toEqual([7]);
    expect(reminderStart(deadline, 7)).toEqual(sh("2026-04-08T00:00:00"));
    expect(dueReminders(deadline, sh("2026-04-12T08:00:00"), cfg, [7])).toEqual([3]);
    expect(dueReminders(deadline, sh("2026-04-14T08:00:00"), cfg, [7, 3])).toEqual([1]);
  });
  it("are idempotent: a sent reminder is never due again", () => {
    expect(dueReminders(deadline, sh("2026-04-08T09:00:00"), cfg, [7])).toEqual([]);
    expect(dueReminders(deadline, sh("2026-04-14T09:00:00"), cfg, [7, 3, 1])).toEqual([]);
  });
  it("send only the most imminent one when several are reached at once", () => {
    expect(dueReminders(deadline, sh("2026-04-13T09:00:00"), cfg, [])).toEqual([3]);
    expect(dueReminders(deadline, sh("2026-04-15T23:00:00"), cfg, [])).toEqual([1]);
  });
  it("stop once the deadline has passed (escalation takes over)", () => {
    expect(dueReminders(deadline, sh("2026-04-16T00:00:00"), cfg, [])).toEqual([]);
  });
  it("sends each offset at most once and in decreasing order, however often the job runs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 * 24 }), { maxLength: 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { maxLength: 4 }),
        (hours, offsets) => {
          const c: TDeadlineConfig = { ...cfg, remindDaysBefore: offsets };
          const start = sh("2026-03-20T00:00:00").getTime();
          const runs = [...hours].sort((p, q) => p - q).flatMap((h) => [h, h]); // every run twice
          const sent: number[] = [];
          for (const h of runs) sent.push(...dueReminders(deadline, new Date(start + h * 3_600_000), c, sent));
          expect(new Set(sent).size).toBe(sent.length);
          expect([...sent].sort((p, q) => q - p)).toEqual(sent);
          for (const n of sent) expect(offsets).toContain(n);
        },
      ),
    );
  });
});

describe("overdue escalation", () => {
  const deadline = eod("2026-04-15");
  it("levels 0 → 1 → 2 (> 15 days) → 3 (> 30 days)", () => {
    expect(overdueLevel(deadline, sh("2026-04-15T23:59:59"))).toBe(0);
    expect(overdueLevel(deadline, sh("2026-04-16T00:00:00"))).toBe(1);
    expect(overdueDays(deadline, sh("2026-04-16T00:00:00"))).toBe(1);
    expect(overdueLevel(deadline, sh("2026-04-30T12:00:00"))).toBe(1); // 15 days
    expect(overdueLevel(deadline, sh("2026-05-01T00:00:00"))).toBe(2); // 16 days
    expect(overdueLevel(deadline, sh("2026-05-15T12:00:00"))).toBe(2); // 30 days
    expect(overdueLevel(deadline, sh("2026-05-16T00:00:00"))).toBe(3); // 31 days
    expect(overdueLevel(deadline, sh("2027-05-16T00:00:00"), [60, 400])).toBe(2);
  });
  it("never decreases as time passes", () => {
    fc.assert(
      fc.property(arbInstant, arbInstant, (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(overdueLevel(deadline, x)).toBeLessThanOrEqual(overdueLevel(deadline, y));
      }),
    );
  });
});

describe("configuration", () => {
  it("accepts the defaults and names bad fields", () => {
    expect(deadlineConfigProblems(cfg)).toEqual([]);
    expect(deadlineConfigProblems({ ...cfg, replyMonths: 0, returnWindowWorkingDays: 1.5, remindDaysBefore: [-1] })).toEqual([
      "replyMonths",
      "returnWindowWorkingDays",
      "remindDaysBefore",
    ]);
    expect(deadlineConfigProblems({ ...cfg, complexReplyMonths: 2 })).toEqual(["complexReplyMonths"]);
  });
});

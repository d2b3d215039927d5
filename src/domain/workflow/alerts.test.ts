import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CN_DEFAULT_CALENDAR } from "../calendar/cn-2026";
import { endOfDayShanghai } from "../calendar/shanghai";
import { EMPTY_CALENDAR } from "../calendar/working-days";
import { alertNotificationKind, dueAlerts, dueReminderOffset, parseAlertNotificationKind, workingDaysBefore } from "./alerts";
import { newItemFacts, type TItemFacts } from "./facts";

const cal = CN_DEFAULT_CALENDAR;
const sh = (local: string) => new Date(`${local}+08:00`);
const eod = (day: string) => endOfDayShanghai(day);
const COMMITTEE = "00000000-0000-4000-8000-000000000010";
const UNIT = "00000000-0000-4000-8000-000000000020";
const DEPUTY = "00000000-0000-4000-8000-000000000108";

function handling(deadline: Date, extra: Partial<TItemFacts> = {}): TItemFacts {
  return {
    ...newItemFacts({ id: "00000000-0000-4000-8000-000000000001", committeeId: COMMITTEE, sponsors: [{ userId: DEPUTY, lead: true }] }),
    stage: "HANDLING",
    leadUnitId: UNIT,
    deadline,
    ...extra,
  };
}

describe("working days before a deadline", () => {
  it("walks back over weekends and holidays, the deadline's day not counted", () => {
    // Deadline Thu 2026-10-08, just after 国庆 (10-01…10-07): 1 working day before is Wed 09-30, 3 is Mon 09-28.
    expect(workingDaysBefore(eod("2026-10-08"), 0, cal)).toEqual(sh("2026-10-08T00:00:00"));
    expect(workingDaysBefore(eod("2026-10-08"), 1, cal)).toEqual(sh("2026-09-30T00:00:00"));
    expect(workingDaysBefore(eod("2026-10-08"), 3, cal)).toEqual(sh("2026-09-28T00:00:00"));
    // Monday deadline: 1 working day before is the Friday
    expect(workingDaysBefore(eod("2026-03-16"), 1, EMPTY_CALENDAR)).toEqual(sh("2026-03-13T00:00:00"));
    // the make-up Saturday 2026-10-10 counts as a working day
    expect(workingDaysBefore(eod("2026-10-12"), 1, cal)).toEqual(sh("2026-10-10T00:00:00"));
  });
  it("refuses offsets outside 0…30", () => {
    expect(() => workingDaysBefore(eod("2026-10-08"), -1, cal)).toThrow(RangeError);
    expect(() => workingDaysBefore(eod("2026-10-08"), 31, cal)).toThrow(RangeError);
  });
});

describe("the reminder due", () => {
  const deadline = eod("2026-04-15"); // Wednesday
  it("is the most imminent offset reached, none before the first and none after the deadline", () => {
    expect(dueReminderOffset(deadline, sh("2026-04-07T23:59:59"), [5, 1], cal)).toBeNull();
    expect(dueReminderOffset(deadline, sh("2026-04-08T00:00:00"), [5, 1], cal)).toBe(5);
    expect(dueReminderOffset(deadline, sh("2026-04-14T09:00:00"), [5, 1], cal)).toBe(1);
    expect(dueReminderOffset(deadline, sh("2026-04-15T23:59:59"), [5, 1], cal)).toBe(1);
    expect(dueReminderOffset(deadline, sh("2026-04-16T00:00:00"), [5, 1], cal)).toBeNull();
    expect(dueReminderOffset(deadline, sh("2026-04-14T09:00:00"), [], cal)).toBeNull();
  });
  it("never increases as time passes, so recording each offset sent never sends one twice", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 60 * 24 }), { maxLength: 40 }),
        (offsets, hours) => {
          const start = sh("2026-02-20T00:00:00").getTime();
          const sent: number[] = [];
          let last = Infinity;
          for (const h of [...hours].sort((a, b) => a - b)) {
            const due = dueReminderOffset(deadline, new Date(start + h * 3_600_000), offsets, cal);
            if (due === null) continue;
            expect(due).toBeLessThanOrEqual(last);
            last = due;
            if (!sent.includes(due)) sent.push(due);
          }
          expect([...sent].sort((a, b) => b - a)).toEqual(sent);
          for (const n of sent) expect(offsets).toContain(n);
        },
      ),
    );
  });
});

describe("alerts of an item", () => {
  it("remind the lead unit before the reply deadline", () => {
    const alerts = dueAlerts(handling(eod("2026-04-15")), sh("2026-04-14T09:00:00"), [5, 1], cal);
    expect(alerts).toEqual([{ kind: "REMIND_REPLY", dueAt: eod("2026-04-15"), round: 1, step: 1, recipients: [{ kind: "unit", unitId: UNIT }] }]);
  });
  it("escalate an overdue reply to staff and the unit, and to leaders when key-supervised or over 30 days", () => {
    const staff = { kind: "committeeStaff", committeeId: COMMITTEE };
    const leaders = { kind: "committeeLeaders", committeeId: COMMITTEE };
    const unit = { kind: "unit", unitId: UNIT };
    const late = dueAlerts(handling(eod("2026-04-15")), sh("2026-04-17T09:00:00"), [5, 1], cal);
    expect(late).toEqual([{ kind: "OVERDUE_REPLY", dueAt: eod("2026-04-15"), round: 1, step: 1, recipients: [staff, unit] }]);
    const key = dueAlerts(handling(eod("2026-04-15"), { keySupervised: true }), sh("2026-04-17T09:00:00"), [5, 1], cal);
    expect(key[0]?.recipients).toEqual([staff, unit, leaders]);
    const veryLate = dueAlerts(handling(eod("2026-04-15")), sh("2026-05-20T09:00:00"), [5, 1], cal);
    expect(veryLate[0]).toMatchObject({ step: 3, recipients: [staff, unit, leaders] });
  });
  it("watch the return window while the item waits to be signed for, without escalating it", () => {
    const assigned = handling(eod("2026-07-15"), { stage: "ASSIGNED", returnWindowEndsAt: eod("2026-04-20") });
    expect(dueAlerts(assigned, sh("2026-04-20T08:00:00"), [1], cal).map((a) => a.kind)).toEqual(["REMIND_RETURN"]);
    expect(dueAlerts(assigned, sh("2026-04-22T08:00:00"), [1], cal)).toEqual([]);
  });
  it("remind sponsors to evaluate, then flag the lapsed window to staff once", () => {
    const replied = handling(eod("2026-04-15"), { stage: "REPLIED", evaluationWindowEndsAt: eod("2026-05-06") });
    // Wed 05-06: one working day before is Tue 05-05? No — 05-01…05-05 are 劳动节; it is Thu 04-30.
    expect(dueAlerts(replied, sh("2026-04-30T08:00:00"), [1], cal)).toEqual([
      { kind: "REMIND_EVALUATION", dueAt: eod("2026-05-06"), round: 1, step: 1, recipients: [{ kind: "user", userId: DEPUTY }] },
    ]);
    expect(dueAlerts(replied, sh("2026-04-29T23:00:00"), [1], cal)).toEqual([]);
    expect(dueAlerts(replied, sh("2026-05-06T08:00:00"), [0], cal)).toEqual([
      { kind: "REMIND_EVALUATION", dueAt: eod("2026-05-06"), round: 1, step: 0, recipients: [{ kind: "user", userId: DEPUTY }] },
    ]);
    expect(dueAlerts(replied, sh("2026-06-30T08:00:00"), [1], cal)).toEqual([
      { kind: "OVERDUE_EVALUATION", dueAt: eod("2026-05-06"), round: 1, step: 1, recipients: [{ kind: "committeeStaff", committeeId: COMMITTEE }] },
    ]);
  });
  it("say nothing once the item moved on (reply drafted, closed)", () => {
    for (const stage of ["REPLY_DRAFTED", "REPLY_APPROVED", "CLOSED"] as const) {
      expect(dueAlerts(handling(eod("2026-04-15"), { stage }), sh("2026-05-20T09:00:00"), [1], cal)).toEqual([]);
    }
  });
});

describe("notification kinds of alerts", () => {
  it("round-trip kind and step, and leave a transition's kind alone", () => {
    expect(alertNotificationKind({ kind: "OVERDUE_REPLY", step: 3 })).toBe("job.OVERDUE_REPLY.3");
    expect(parseAlertNotificationKind("job.REMIND_REPLY.7")).toEqual({ kind: "REMIND_REPLY", step: 7 });
    expect(parseAlertNotificationKind("assign")).toBeNull();
    expect(parseAlertNotificationKind("job.NOPE.1")).toBeNull();
    expect(alertNotificationKind({ kind: "OVERDUE_EVALUATION", step: 1 }).length).toBeLessThanOrEqual(32);
  });
});

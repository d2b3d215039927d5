import { describe, expect, it } from "vitest";
import { CN_DEFAULT_CALENDAR, DEFAULT_DEADLINES, extendDeadline, rehandleDeadline, replyDeadline } from "../calendar";
import type { TClock } from "../workflow/machine";
import { replyFacts, type THistoryStep } from "./item-fact";

const clock: Pick<TClock, "deadlineFrom" | "extend"> = {
  deadlineFrom: (rule, now) =>
    rule === "START_REHANDLE" ? rehandleDeadline(now, DEFAULT_DEADLINES, CN_DEFAULT_CALENDAR) : replyDeadline(now, rule === "START_REPLY_COMPLEX", DEFAULT_DEADLINES, CN_DEFAULT_CALENDAR),
  extend: (deadline, days, now) => extendDeadline(deadline ?? now, days, CN_DEFAULT_CALENDAR),
};
const ASSIGNED = new Date("2026-03-02T02:00:00Z"); // Monday; 3 months later is Tuesday 2 June 2026
const DUE = new Date("2026-06-02T15:59:59.999Z"); // 24:00 of 2 June in Shanghai
const step = (action: string, at: Date, detail: unknown = {}, round = 1, toStage = "HANDLING"): THistoryStep => ({ action, at, detail, round, toStage });

describe("reply facts replayed from an item's timeline", () => {
  it("is on time up to and including the deadline's last instant, late one millisecond after", () => {
    expect(replyFacts([step("assign", ASSIGNED), step("deliverReply", DUE)], clock)).toMatchObject({ repliedAt: DUE, replyDueAt: DUE, onTime: true });
    const late = new Date(DUE.getTime() + 1);
    expect(replyFacts([step("assign", ASSIGNED), step("deliverReply", late)], clock).onTime).toBe(false);
  });

  it("counts the deadline of a complex item, an approved extension (the days granted or else asked) and a return", () => {
    expect(replyFacts([step("assign", ASSIGNED, { complex: true })], clock).replyDueAt).toBeNull();
    const complex = replyFacts([step("assign", ASSIGNED, { complex: true }), step("deliverReply", new Date("2026-08-01T00:00:00Z"))], clock);
    expect(complex.onTime).toBe(true);
    const asked = [step("assign", ASSIGNED), step("requestExtension", ASSIGNED, { days: 10 }), step("approveExtension", ASSIGNED, {})];
    const late = new Date("2026-06-10T00:00:00Z");
    expect(replyFacts([...asked, step("deliverReply", late)], clock).onTime).toBe(true);
    const granted = [step("assign", ASSIGNED), step("requestExtension", ASSIGNED, { days: 10 }), step("approveExtension", ASSIGNED, { days: 3 })];
    expect(replyFacts([...granted, step("deliverReply", late)], clock).onTime).toBe(false);
    const returned = [step("assign", ASSIGNED), step("approveReturn", ASSIGNED), step("assign", new Date("2026-04-01T02:00:00Z"))];
    expect(replyFacts([...returned, step("deliverReply", late)], clock).onTime).toBe(true);
  });

  it("keeps the first delivery and tells the first round's evaluation from the closing one", () => {
    const r = replyFacts(
      [
        step("assign", ASSIGNED),
        step("deliverReply", new Date("2026-04-01T00:00:00Z")),
        step("evaluate", new Date("2026-04-02T00:00:00Z"), { satisfaction: "DISSATISFIED" }, 1, "HANDLING"),
        step("deliverReply", new Date("2026-09-01T00:00:00Z"), {}, 2),
        step("evaluate", new Date("2026-09-02T00:00:00Z"), { satisfaction: "BASICALLY_SATISFIED" }, 2, "CLOSED"),
      ],
      clock,
    );
    expect(r).toMatchObject({ repliedAt: new Date("2026-04-01T00:00:00Z"), onTime: true, firstSatisfaction: "DISSATISFIED", finalSatisfaction: "BASICALLY_SATISFIED" });
  });

  it("knows nothing of an item never replied to, and ignores malformed details", () => {
    expect(replyFacts([step("evaluate", ASSIGNED, { satisfaction: "HAPPY" }, 1, "CLOSED")], clock)).toEqual({
      repliedAt: null, replyDueAt: null, onTime: null, firstSatisfaction: null, finalSatisfaction: null,
    });
    expect(replyFacts([step("deliverReply", ASSIGNED)], clock)).toMatchObject({ repliedAt: ASSIGNED, onTime: null });
  });
});

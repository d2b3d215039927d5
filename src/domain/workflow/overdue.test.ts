import { describe, expect, it } from "vitest";
import { STAGES, type TStage } from "./stages";
import { TRANSITIONS } from "./transitions";
import { EVALUATION_CLOCK_STAGES, REPLY_CLOCK_STAGES, isOverdue, overdueKinds } from "./overdue";

const NOW = new Date("2026-06-01T00:00:00Z");
const BEFORE = new Date(NOW.getTime() - 1);
const AFTER = new Date(NOW.getTime() + 1);

describe("overdue items", () => {
  it("counts a passed reply deadline only while the reply is not yet delivered", () => {
    for (const stage of STAGES) {
      const expected = (REPLY_CLOCK_STAGES as readonly TStage[]).includes(stage) ? ["REPLY"] : [];
      expect(overdueKinds({ stage, deadline: BEFORE, evaluationWindowEndsAt: null }, NOW), stage).toEqual(expected);
    }
  });

  it("does not count a deadline that has not passed, or the deadline's own instant", () => {
    expect(isOverdue({ stage: "HANDLING", deadline: AFTER, evaluationWindowEndsAt: null }, NOW)).toBe(false);
    expect(isOverdue({ stage: "HANDLING", deadline: NOW, evaluationWindowEndsAt: null }, NOW)).toBe(false);
    expect(isOverdue({ stage: "HANDLING", deadline: null, evaluationWindowEndsAt: BEFORE }, NOW)).toBe(false);
  });

  it("counts an evaluation window that lapsed on a delivered reply", () => {
    expect(overdueKinds({ stage: "REPLIED", deadline: null, evaluationWindowEndsAt: BEFORE }, NOW)).toEqual(["EVALUATION"]);
    expect(overdueKinds({ stage: "CLOSED", deadline: null, evaluationWindowEndsAt: BEFORE }, NOW)).toEqual([]);
    expect(overdueKinds({ stage: "REPLIED", deadline: null, evaluationWindowEndsAt: AFTER }, NOW)).toEqual([]);
  });

  it("runs the reply clock exactly from assignment to delivery, as the transition table sets it", () => {
    // assignment starts the clock in ASSIGNED; delivery (the only way out to REPLIED) clears it
    expect(TRANSITIONS.assign.to).toBe("ASSIGNED");
    expect(TRANSITIONS.deliverReply.from).toEqual(["REPLY_APPROVED"]);
    expect(TRANSITIONS.deliverReply.to).toBe(EVALUATION_CLOCK_STAGES[0]);
    expect(REPLY_CLOCK_STAGES).not.toContain("REPLIED");
  });
});

import { describe, expect, it } from "vitest";
import { isMilestoneOverdue, summarizeRatings } from "./supervision";

describe("milestones", () => {
  it("are overdue from the day after the due day until complete", () => {
    expect(isMilestoneOverdue({ dueOn: "2026-06-30", progress: 50 }, "2026-06-30")).toBe(false);
    expect(isMilestoneOverdue({ dueOn: "2026-06-30", progress: 50 }, "2026-07-01")).toBe(true);
    expect(isMilestoneOverdue({ dueOn: "2026-06-30", progress: 100 }, "2026-07-01")).toBe(false);
  });
});

describe("year-end ratings", () => {
  it("count each rating and the share of 满意 and 基本满意", () => {
    expect(summarizeRatings(["SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"])).toEqual({
      SATISFIED: 2,
      BASICALLY_SATISFIED: 1,
      DISSATISFIED: 1,
      total: 4,
      satisfiedShare: 0.75,
    });
    expect(summarizeRatings([]).satisfiedShare).toBeNull();
  });
});

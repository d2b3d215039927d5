import { describe, expect, it } from "vitest";
import { FIGURE_IDS, isFigureKey, onTimeRate, percent, satisfactionRate } from "./figures";
import { BACKGROUND_AFTER_MS, SYNC_AFTER_MS, freshnessOf } from "./freshness";

describe("dashboard figures", () => {
  it("computes rates only when there is something to divide", () => {
    expect(onTimeRate({ ON_TIME: 2, LATE: 1 })).toBeCloseTo(2 / 3);
    expect(onTimeRate({})).toBeNull();
    expect(satisfactionRate({ SATISFIED: 1, BASICALLY_SATISFIED: 1, DISSATISFIED: 2 })).toBe(0.5);
    expect(percent(2 / 3)).toBe("66.7");
    expect(percent(null)).toBeNull();
  });

  it("accepts only the keys a figure has", () => {
    expect(FIGURE_IDS).toContain("overdue");
    expect(isFigureKey("stage", "HANDLING")).toBe(true);
    expect(isFigureKey("stage", "handling")).toBe(false);
    expect(isFigureKey("resultClass", "E")).toBe(false);
    expect(isFigureKey("overdue", "ALL")).toBe(true);
    expect(isFigureKey("overdue", "0190f3a2-1b2c-7d3e-8f40-1234567890ab")).toBe(true);
    expect(isFigureKey("overdue", "'; DROP TABLE")).toBe(false);
    expect(isFigureKey("deputies", "COUNTY")).toBe(true);
    expect(isFigureKey("deputies", "region:0190f3a2-1b2c-7d3e-8f40-1234567890ab")).toBe(true);
    expect(isFigureKey("deputies", "region:x")).toBe(false);
  });

  it("accepts the activity figures' keys, but no list behind a sum of characters", () => {
    expect(isFigureKey("dutyActive", "Q3")).toBe(true);
    expect(isFigureKey("dutyActive", "COUNTY")).toBe(true);
    expect(isFigureKey("dutyActive", "region:0190f3a2-1b2c-7d3e-8f40-1234567890ab")).toBe(true);
    expect(isFigureKey("stations", "VISITS")).toBe(true);
    expect(isFigureKey("stations", "COUNTY")).toBe(false);
    expect(isFigureKey("groups", "REPORTS")).toBe(true);
    expect(isFigureKey("training", "ATTENDED")).toBe(true);
    expect(isFigureKey("training", "CHARS")).toBe(false);
  });

  it("refreshes first when the figures are older than the sync limit, after the response when getting old", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    expect(freshnessOf(null, now)).toBe("sync");
    expect(freshnessOf(ago(1000), now)).toBe("fresh");
    expect(freshnessOf(ago(BACKGROUND_AFTER_MS), now)).toBe("background");
    expect(freshnessOf(ago(SYNC_AFTER_MS), now)).toBe("sync");
    expect(freshnessOf(ago(-60_000), now)).toBe("sync");
    expect(SYNC_AFTER_MS).toBeLessThan(5 * 60_000);
  });
});

import { describe, expect, it } from "vitest";
import { startOfBeijingDay } from "./day";

describe("today in Beijing time", () => {
  it("starts at 16:00 UTC the day before", () => {
    expect(startOfBeijingDay(new Date("2026-11-28T03:00:00Z")).toISOString()).toBe("2026-11-27T16:00:00.000Z");
    expect(startOfBeijingDay(new Date("2026-11-28T15:59:59.999Z")).toISOString()).toBe("2026-11-27T16:00:00.000Z");
  });

  it("rolls over at Beijing midnight, not UTC midnight", () => {
    expect(startOfBeijingDay(new Date("2026-11-28T16:00:00Z")).toISOString()).toBe("2026-11-28T16:00:00.000Z");
    expect(startOfBeijingDay(new Date("2026-11-28T23:30:00Z")).toISOString()).toBe("2026-11-28T16:00:00.000Z");
  });
});

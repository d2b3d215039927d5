import { describe, expect, it } from "vitest";
import { LIVELIHOOD_ERRORS as E } from "./errors";
import { collectionWindowProblem, isCollectionOpen, oneMonthAfter } from "./window";

const at = (s: string) => new Date(s);

describe("the public proposal window (at least one month)", () => {
  it("accepts exactly one calendar month and more, in Beijing time", () => {
    expect(collectionWindowProblem(at("2026-01-05T00:00:00+08:00"), at("2026-02-05T00:00:00+08:00"))).toBeNull();
    expect(collectionWindowProblem(at("2026-01-05T00:00:00+08:00"), at("2026-03-01T00:00:00+08:00"))).toBeNull();
  });

  it("refuses a window one minute short of a month, or closing before it opens", () => {
    expect(collectionWindowProblem(at("2026-01-05T00:00:00+08:00"), at("2026-02-04T23:59:00+08:00"))).toBe(E.windowTooShort);
    expect(collectionWindowProblem(at("2026-01-05T00:00:00+08:00"), at("2026-01-01T00:00:00+08:00"))).toBe(E.windowOrder);
  });

  it("ends a month opened on the 31st on the last day of the next month, and carries over the year", () => {
    expect(oneMonthAfter(at("2026-01-31T09:00:00+08:00"))).toEqual(at("2026-02-28T09:00:00+08:00"));
    expect(oneMonthAfter(at("2026-12-15T00:00:00+08:00"))).toEqual(at("2027-01-15T00:00:00+08:00"));
  });

  it("is open only in the collection stage and inside the window", () => {
    const plan = { stage: "COLLECTION", collectOpensAt: at("2026-01-01T00:00:00Z"), collectClosesAt: at("2026-02-01T00:00:00Z") };
    expect(isCollectionOpen(plan, at("2026-01-15T00:00:00Z"))).toBe(true);
    expect(isCollectionOpen(plan, at("2026-02-01T00:00:00Z"))).toBe(false);
    expect(isCollectionOpen(plan, at("2025-12-31T23:59:59Z"))).toBe(false);
    expect(isCollectionOpen({ ...plan, stage: "SHORTLIST" }, at("2026-01-15T00:00:00Z"))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { filterParams, hasFilters, hrefWith, toListFilter, ZItemSearch } from "./search-params";

const UNIT = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("item list search parameters", () => {
  it("reads every filter from the URL", () => {
    const s = ZItemSearch.parse({ stage: "HANDLING", source: "PUBLIC_OPINION", unit: UNIT, class: "B", satisfaction: "DISSATISFIED", overdue: "REPLY", q: " 红薯 收购 ", page: "2" });
    expect(s).toEqual({ stage: "HANDLING", source: "PUBLIC_OPINION", unit: UNIT, class: "B", satisfaction: "DISSATISFIED", overdue: "REPLY", q: "红薯 收购", page: 2 });
    expect(toListFilter(s)).toEqual({ stage: "HANDLING", source: "PUBLIC_OPINION", leadUnitId: UNIT, resultClass: "B", satisfaction: "DISSATISFIED", overdue: "REPLY", q: "红薯 收购", page: 2 });
    expect(hasFilters(s)).toBe(true);
  });

  it("drops each bad value to 'no filter' instead of failing", () => {
    const s = ZItemSearch.parse({ stage: "NOPE", source: "EMAIL", unit: "' OR 1=1 --", class: "Z", satisfaction: "HAPPY", overdue: "yes", q: "   ", page: "-3" });
    expect(s).toEqual({ page: 1 });
    expect(hasFilters(s)).toBe(false);
    expect(ZItemSearch.parse({})).toEqual({ page: 1 });
    expect(ZItemSearch.parse({ page: "99999999" })).toEqual({ page: 1 });
  });

  it("takes the first of repeated parameters and cuts an overlong query", () => {
    expect(ZItemSearch.parse({ stage: ["CLOSED", "HANDLING"], q: ["路灯", "x"] })).toMatchObject({ stage: "CLOSED", q: "路灯" });
    expect(ZItemSearch.parse({ q: "路".repeat(5_000) }).q).toHaveLength(100);
  });

  it("carries the filters, and only those set, into links", () => {
    const s = ZItemSearch.parse({ stage: "CLOSED", q: "100% 道路", page: "3" });
    expect(filterParams(s)).toMatchObject({ stage: "CLOSED", q: "100% 道路" });
    expect(hrefWith("/items/export", filterParams(s))).toBe("/items/export?stage=CLOSED&q=100%25+%E9%81%93%E8%B7%AF");
    expect(hrefWith("/items", {})).toBe("/items");
  });
});

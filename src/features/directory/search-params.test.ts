import { describe, expect, it } from "vitest";
import { pageParams, parseSearch, ZDeputySearch, ZStationSearch } from "./search-params";

const ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("deputy search parameters", () => {
  it("keeps valid values", () => {
    expect(parseSearch(ZDeputySearch, { q: " 春 ", level: "COUNTY", region: ID, page: "3" })).toEqual({
      q: "春",
      level: "COUNTY",
      region: ID,
      group: undefined,
      station: undefined,
      page: 3,
    });
  });

  it("drops each bad value on its own and falls back to the default", () => {
    const parsed = parseSearch(ZDeputySearch, {
      q: "x".repeat(10_000),
      level: "EMPEROR",
      region: "1; DROP TABLE \"Deputy\"",
      group: "<script>",
      station: ID,
      page: "-4",
    });
    expect(parsed).toEqual({ q: undefined, level: undefined, region: undefined, group: undefined, station: ID, page: 1 });
  });

  it("takes the first of repeated parameters and treats blanks as absent", () => {
    expect(parseSearch(ZDeputySearch, { level: ["NATIONAL", "COUNTY"], q: "  ", page: ["2", "9"] })).toMatchObject({
      level: "NATIONAL",
      q: undefined,
      page: 2,
    });
  });

  it("rejects non-integer and huge pages", () => {
    expect(parseSearch(ZStationSearch, { page: "1.5" }).page).toBe(1);
    expect(parseSearch(ZStationSearch, { page: "1e9" }).page).toBe(1);
    expect(parseSearch(ZStationSearch, { page: "abc", kind: "INDUSTRY" })).toEqual({ page: 1, kind: "INDUSTRY" });
  });
});

describe("pageParams", () => {
  it("keeps the filters that are set and drops the page", () => {
    expect(pageParams({ q: "春", level: undefined, region: ID, page: 3 })).toEqual({ q: "春", region: ID });
  });
});

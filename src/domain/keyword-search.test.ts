import { describe, expect, it } from "vitest";
import { MAX_SEARCH_TERMS, MAX_TERM_LENGTH, escapeLike, searchTerms } from "./keyword-search";

describe("keyword search terms", () => {
  it("splits on any white space, folds full-width characters and drops duplicates", () => {
    expect(searchTerms("  红薯　收购点 红薯 ")).toEqual(["红薯", "收购点"]);
    expect(searchTerms("ＪＹ－２０２６")).toEqual(["JY-2026"]);
    expect(searchTerms("")).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms("   ")).toEqual([]);
  });

  it("bounds the number and the length of the terms", () => {
    expect(searchTerms("a b c d e f g")).toHaveLength(MAX_SEARCH_TERMS);
    expect(searchTerms("路".repeat(500))[0]).toHaveLength(MAX_TERM_LENGTH);
  });

  it("escapes LIKE's wildcards and its escape character", () => {
    expect(escapeLike("100%")).toBe("100\\%");
    expect(escapeLike("a_b")).toBe("a\\_b");
    expect(escapeLike("c:\\x")).toBe("c:\\\\x");
    expect(escapeLike("道路照明")).toBe("道路照明");
  });
});

import { describe, expect, it } from "vitest";
import { pageHref, pageWindow } from "./pagination-links";

describe("pagination links", () => {
  it("shows first, last and the current page's neighbours with gaps between", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
  });

  it("keeps filters, drops page=1 and never duplicates page", () => {
    expect(pageHref("/deputies", { q: "张", level: undefined, page: "7" }, 1)).toBe("/deputies?q=%E5%BC%A0");
    expect(pageHref("/deputies", { q: "a&b" }, 3)).toBe("/deputies?q=a%26b&page=3");
    expect(pageHref("/deputies", undefined, 2)).toBe("/deputies?page=2");
  });
});

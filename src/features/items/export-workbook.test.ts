import { describe, expect, it } from "vitest";
import { attachmentDisposition, fromSheetDate, toSheetDate } from "./export-workbook";

describe("the export's download", () => {
  it("names the file in Chinese with RFC 5987, and in ASCII for old clients", () => {
    const h = attachmentDisposition("事项列表-2026-11-28.xlsx", "items-2026-11-28.xlsx");
    expect(h).toBe(`attachment; filename="items-2026-11-28.xlsx"; filename*=UTF-8''%E4%BA%8B%E9%A1%B9%E5%88%97%E8%A1%A8-2026-11-28.xlsx`);
    expect(decodeURIComponent(h.split("''")[1] ?? "")).toBe("事项列表-2026-11-28.xlsx");
  });

  it("cannot be broken out of by quotes or non-ASCII in the fallback name", () => {
    expect(attachmentDisposition("a'b(c)*.xlsx", 'x"y\\z名.xlsx')).toBe(`attachment; filename="x_y_z_.xlsx"; filename*=UTF-8''a%27b%28c%29%2A.xlsx`);
  });

  it("writes instants as Shanghai wall-clock time and reads them back", () => {
    const d = new Date("2026-06-02T15:59:59.999Z");
    expect(toSheetDate(d).toISOString()).toBe("2026-06-02T23:59:59.999Z");
    expect(fromSheetDate(toSheetDate(d))).toEqual(d);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FULL_MASK, maskAddress, maskIdCard, maskName, maskPhone } from "./mask";

describe("maskPhone", () => {
  it.each([
    ["13812345678", "138****5678"],
    ["+86 138 1234 5678", "138****5678"],
    ["0377-63123456转801", "0377-****3456"],
    ["0375-2345678", "0375-****678"],
    ["1381234", FULL_MASK],
    ["call me", FULL_MASK],
    ["", ""],
    [null, ""],
    [undefined, ""],
  ])("%j → %j", (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});

describe("maskIdCard", () => {
  it.each([
    ["410102198001011234", "4101**********1234"],
    [" 41010219800101123x ", "4101**********123X"],
    ["41010219800101123", FULL_MASK], // 17 characters: not recognisable, hide all
    ["410102800101123", FULL_MASK], // 15-digit legacy form
    ["4101", FULL_MASK],
    ["", ""],
    [null, ""],
  ])("%j → %j", (input, masked) => {
    expect(maskIdCard(input)).toBe(masked);
  });
});

describe("maskAddress", () => {
  it.each([
    ["河南省南阳市宛城区新华东路1号", "河南省南阳市****"],
    ["  河南省 南阳市  卧龙区 ", "河南省 南阳****"],
    ["𠮷𠮷𠮷𠮷𠮷𠮷𠮷", "𠮷𠮷𠮷𠮷𠮷𠮷****"],
    ["南阳市宛城区", FULL_MASK],
    ["新华路", FULL_MASK],
    ["", ""],
    [undefined, ""],
  ])("%j → %j", (input, masked) => {
    expect(maskAddress(input)).toBe(masked);
  });
});

describe("maskName", () => {
  it.each([
    ["张三", "张*"],
    ["张三丰", "张**"],
    ["欧阳娜娜", "欧阳**"],
    ["欧阳修", "欧阳*"],
    ["欧阳", "欧*"],
    ["司马相如", "司马**"],
    ["阿依古丽·买买提", "阿*******"],
    [" 李 ", "*"],
    ["𠮷野", "𠮷*"],
    ["", ""],
    [null, ""],
  ])("%j → %j", (input, masked) => {
    expect(maskName(input)).toBe(masked);
  });
});

describe("properties", () => {
  const anyText = fc.string({ unit: "binary", maxLength: 60 });
  it("never throw, on any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const mask of [maskPhone, maskIdCard, maskAddress, maskName]) expect(typeof mask(text)).toBe("string");
      }),
      { numRuns: 3000 },
    );
  });
  it("show at most 8 digits of any phone (area code + 4) and 8 characters of any ID number", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(maskPhone(text).replace(/\D/g, "").length).toBeLessThanOrEqual(8); // area code + 4
        expect(maskIdCard(text).replace(/\*/g, "").length).toBeLessThanOrEqual(8);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        const masked = maskPhone(mobile);
        expect(masked).toMatch(/^1\d\d\*{4}\d{4}$/);
        // exactly the middle four digits are hidden (a "not.toContain" check would fail whenever
        // the hidden digits happen to equal the visible last four, e.g. 13046784678)
        expect(masked).toBe(`${mobile.slice(0, 3)}****${mobile.slice(7)}`);
      }),
    );
  });
  it("never reveal a short or single-character value", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 6 }), (text) => {
        const address = maskAddress(text);
        expect(address === "" || address === FULL_MASK).toBe(true);
      }),
    );
  });
});

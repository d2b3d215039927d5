import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMobilePhone, isValidPhone, normalizePhone, parsePhone, phoneProblems } from "./phone";

describe("mobile numbers", () => {
  it.each([
    ["13812345678", "13812345678"],
    ["138 1234 5678", "13812345678"],
    ["138-1234-5678", "13812345678"],
    ["+86 138 1234 5678", "13812345678"],
    ["+8613812345678", "13812345678"],
    ["0086-13812345678", "13812345678"],
    ["8613812345678", "13812345678"],
    ["86 138 1234 5678", "13812345678"],
    ["１３８１２３４５６７８", "13812345678"],
    ["＋８６ １９９ ０００１ ２３４５", "19900012345"],
    ["(+86) 17712345678", "17712345678"],
  ])("%j → %s", (input, normalized) => {
    expect(normalizePhone(input)).toBe(normalized);
    expect(isMobilePhone(input)).toBe(true);
  });
  it.each([
    ["1381234567", "length"],
    ["138123456789", "length"],
    ["12812345678", "mobilePrefix"],
    ["11012345678", "mobilePrefix"],
    ["13812345678转8", "extension"],
    ["+1 415 555 0100", "country"],
    ["+886 2 1234 5678", "country"],
    ["138-1234-567a", "chars"],
    ["电话13812345678", "chars"],
    ["", "empty"],
    ["   ", "empty"],
    ["- -", "empty"],
  ])("%j → %s", (input, problem) => {
    expect(phoneProblems(input)).toEqual([problem]);
    expect(normalizePhone(input)).toBeNull();
  });
});

describe("landlines", () => {
  it.each([
    ["0377-63123456", "0377-63123456"],
    ["037763123456", "0377-63123456"],
    ["(0377) 6312 3456", "0377-63123456"],
    ["（０３７７）６３１２３４５６", "0377-63123456"],
    ["010-87654321", "010-87654321"],
    ["01087654321", "010-87654321"],
    ["021 5432 1098", "021-54321098"],
    ["0375-2345678", "0375-2345678"],
    ["+86 377 6312 3456", "0377-63123456"],
    ["0086 10 8765 4321", "010-87654321"],
    ["0377-63123456-801", "0377-63123456-801"],
    ["0377-63123456转801", "0377-63123456-801"],
    ["0377-63123456 分机 8012", "0377-63123456-8012"],
    ["0377-63123456 ext. 12", "0377-63123456-12"],
    ["0377-63123456#801", "0377-63123456-801"],
    ["0377-6312-3456", "0377-63123456"],
  ])("%j → %s", (input, normalized) => {
    expect(normalizePhone(input)).toBe(normalized);
    expect(isValidPhone(input)).toBe(true);
    expect(isMobilePhone(input)).toBe(false);
  });
  it("splits the parts", () => {
    expect(parsePhone("0377-63123456转801")).toEqual({
      ok: true,
      phone: { kind: "landline", areaCode: "0377", local: "63123456", extension: "801", normalized: "0377-63123456-801" },
    });
  });
  it.each([
    ["63123456", "areaCode"],
    ["0012345678", "country"],
    ["011-87654321", "areaCode"],
    ["0377-631234", "length"],
    ["0377-631234567", "length"],
    ["0377-03123456", "localNumber"],
    ["0377-13123456", "localNumber"],
    ["0377-63123456转", "extension"],
    ["0377-63123456转1234567", "extension"],
    ["0377-63123456转abc", "extension"],
  ])("%j → %s", (input, problem) => {
    expect(phoneProblems(input)).toEqual([problem]);
  });
});

describe("properties", () => {
  const mobile = fc.stringMatching(/^1[3-9]\d{9}$/);
  it("a mobile number survives any mix of spacing, hyphens, +86 and full-width digits", () => {
    fc.assert(
      fc.property(
        mobile,
        fc.array(fc.constantFrom("", " ", "-"), { minLength: 11, maxLength: 11 }),
        fc.constantFrom("", "+86 ", "0086", "86-"),
        fc.boolean(),
        (number, seps, prefix, wide) => {
          let text = prefix + [...number].map((d, i) => d + (seps[i] ?? "")).join("");
          if (wide) text = text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
          expect(normalizePhone(text)).toBe(number);
        },
      ),
    );
  });
  it("never throws and is idempotent on its own output", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const normalized = normalizePhone(text);
        if (normalized !== null) expect(normalizePhone(normalized)).toBe(normalized);
      }),
      { numRuns: 2000 },
    );
  });
});

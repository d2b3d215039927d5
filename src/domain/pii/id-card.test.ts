import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { birthDateOf, genderOf, idCardCheckChar, idCardProblems, isValidIdCard, normalizeIdCard } from "./id-card";

/** Computed here from the standard's definition (W_i = 2^(i-1) mod 11, i = 18…2), not copied. */
const WEIGHTS = Array.from({ length: 17 }, (_, k) => 2 ** (17 - k) % 11);
function withCheck(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (WEIGHTS[i] ?? 0), 0);
  const value = (12 - (sum % 11)) % 11;
  return first17 + (value === 10 ? "X" : String(value));
}

const TODAY = new Date("2026-05-01T04:00:00Z");
/** Fictitious: Nanyang's Wancheng district, 1 Jan 1980, sequence 123 (odd: male). */
const VALID = withCheck("41130219800101123");

describe("GB 11643 check digit", () => {
  it("matches the standard's worked examples", () => {
    expect(idCardCheckChar("11010519491231002")).toBe("X");
    expect(idCardCheckChar("44052418800101001")).toBe("4");
  });
  it("agrees with the weights derived from the definition", () => {
    expect(WEIGHTS).toEqual([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
    expect(withCheck("11010519491231002")).toBe("11010519491231002X");
  });
});

describe("idCardProblems", () => {
  it("accepts a constructed valid number", () => {
    expect(idCardProblems(VALID, TODAY)).toEqual([]);
    expect(isValidIdCard(VALID, TODAY)).toBe(true);
  });
  it("accepts X in upper or lower case, full-width characters and spaces", () => {
    const withX = withCheck("11010519491231002");
    expect(withX.endsWith("X")).toBe(true);
    expect(idCardProblems(withX, TODAY)).toEqual([]);
    expect(idCardProblems(withX.toLowerCase(), TODAY)).toEqual([]);
    const fullWidth = withX.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(idCardProblems(`\u3000${fullWidth} `, TODAY)).toEqual([]);
    expect(idCardProblems(`${withX.slice(0, 6)} ${withX.slice(6, 14)} ${withX.slice(14)}`, TODAY)).toEqual([]);
  });
  it.each([
    ["", "length"],
    [VALID.slice(0, 17), "length"],
    [`${VALID}0`, "length"],
    ["411302800101123", "length"], // the withdrawn 15-digit form
    [`${VALID.slice(0, 10)}X${VALID.slice(11)}`, "chars"],
    [`${VALID.slice(0, 17)}Y`, "chars"],
    [`${VALID.slice(0, 17)}-`, "chars"],
  ])("%j → %s", (value, problem) => {
    expect(idCardProblems(value, TODAY)).toEqual([problem]);
  });
  it("rejects region codes outside GB/T 2260's provinces", () => {
    expect(idCardProblems(withCheck("00000019800101123"), TODAY)).toEqual(["region"]);
    expect(idCardProblems(withCheck("99130219800101123"), TODAY)).toEqual(["region"]);
    expect(idCardProblems(withCheck("81000019800101123"), TODAY)).toEqual([]); // HK residence permit
  });
  it.each(["19800230", "19800431", "19801301", "19800001", "19800100", "19000229", "18991231"])(
    "rejects the birth date %s",
    (date) => {
      expect(idCardProblems(withCheck(`411302${date}123`), TODAY)).toEqual(["birthDate"]);
    },
  );
  it("accepts 29 February in a leap year", () => {
    expect(idCardProblems(withCheck("41130220000229123"), TODAY)).toEqual([]);
  });
  it("rejects a birth date after today, in China's time zone", () => {
    const evening = new Date("2026-03-01T17:00:00Z"); // already 2 March in Beijing
    expect(idCardProblems(withCheck("41130220260302123"), evening)).toEqual([]);
    expect(idCardProblems(withCheck("41130220260303123"), evening)).toEqual(["birthDate"]);
    expect(idCardProblems(withCheck("41130220260302123"), new Date("2026-03-01T15:59:59Z"))).toEqual(["birthDate"]);
  });
  it("reports a wrong check digit, alone or with other problems", () => {
    const wrong = `${VALID.slice(0, 17)}${VALID.endsWith("0") ? "1" : "0"}`;
    expect(idCardProblems(wrong, TODAY)).toEqual(["checkDigit"]);
    const both = `00${VALID.slice(2, 17)}${VALID.charAt(17)}`;
    expect(idCardProblems(both, TODAY)).toEqual(expect.arrayContaining(["region", "checkDigit"]));
  });
});

describe("normalizeIdCard, birthDateOf, genderOf", () => {
  it("normalises", () => {
    expect(normalizeIdCard(" １１０１０５１９４９１２３１００２ｘ ")).toBe("11010519491231002X");
  });
  it("reads the birth date and the gender", () => {
    expect(birthDateOf(VALID)).toBe("1980-01-01");
    expect(genderOf(VALID)).toBe("MALE");
    expect(genderOf(withCheck("41130219800101124"))).toBe("FEMALE");
    expect(birthDateOf("41130219801301123X")).toBeNull();
    expect(birthDateOf("123")).toBeNull();
    expect(genderOf("not a number")).toBeNull();
  });
});

const PROVINCES = ["11", "31", "41", "44", "50", "65", "81", "83"];
const arbValidId = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    county: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2026-04-30T00:00:00Z"), noInvalidDate: true }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, county, birth, seq }) => {
    const date = birth.toISOString().slice(0, 10).replaceAll("-", "");
    return withCheck(`${province}${String(county).padStart(4, "0")}${date}${String(seq).padStart(3, "0")}`);
  });

describe("properties", () => {
  it("every generated number is valid", () => {
    fc.assert(fc.property(arbValidId, (id) => idCardProblems(id, TODAY).length === 0));
  });
  it("any single-character change to a valid number is detected", () => {
    fc.assert(
      fc.property(arbValidId, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, pos, shift) => {
        const alphabet = pos === 17 ? "0123456789X" : "0123456789";
        const at = alphabet.indexOf(id.charAt(pos));
        const replacement = alphabet.charAt((at + shift) % alphabet.length);
        fc.pre(replacement !== id.charAt(pos));
        const changed = id.slice(0, pos) + replacement + id.slice(pos + 1);
        expect(idCardProblems(changed, TODAY)).toContain("checkDigit");
      }),
      { numRuns: 2000 },
    );
  });
});

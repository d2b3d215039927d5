import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CHECK_ALPHABET,
  formatTrackingNumber,
  MAX_TRACKING_SEQUENCE,
  normalizeTrackingNumber,
  parseTrackingNumber,
  trackingCheckCharacter,
  TRACKING_PREFIXES,
  TRACKING_SOURCES,
  type TTrackingNumber,
} from "./tracking-number";

const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const arbNumber: fc.Arbitrary<TTrackingNumber> = fc.record({
  source: fc.constantFrom(...TRACKING_SOURCES),
  year: fc.integer({ min: 2000, max: 2099 }),
  sequence: fc.integer({ min: 1, max: MAX_TRACKING_SEQUENCE }),
});

/** The 13 significant characters of a formatted number, without hyphens. */
const compact = (s: string) => s.replaceAll("-", "");
/** Put hyphens back after 2, 6 and 12 characters. */
const dashed = (c: string) => `${c.slice(0, 2)}-${c.slice(2, 6)}-${c.slice(6, 12)}-${c.slice(12)}`;
/** Where only digits stand, O reads as 0 and I/L as 1: such a "substitution" is the same number. */
const sameAfterFolding = (pos: number, from: string, to: string) =>
  pos >= 2 && ((from === "0" && to === "O") || (from === "1" && (to === "I" || to === "L")));

describe("format", () => {
  it("writes prefix, year, 6-digit sequence and check character", () => {
    expect(formatTrackingNumber({ source: "DEPUTY_SUGGESTION", year: 2026, sequence: 123 })).toBe("JY-2026-000123-G");
    expect(formatTrackingNumber({ source: "PUBLIC_OPINION", year: 2026, sequence: 1 })).toBe("MY-2026-000001-P");
    expect(trackingCheckCharacter("JY2026000123")).toBe("G"); // 759 ≡ 15 (mod 31); 31 − 15 = 16 → "G"
  });
  it("has one distinct two-letter prefix per source", () => {
    const prefixes = Object.values(TRACKING_PREFIXES);
    expect(new Set(prefixes).size).toBe(TRACKING_SOURCES.length);
    for (const p of prefixes) expect(p).toMatch(/^[A-Z]{2}$/);
  });
  it("refuses parts it cannot write", () => {
    const ok: TTrackingNumber = { source: "GRID_REPORT", year: 2026, sequence: 5 };
    expect(() => formatTrackingNumber({ ...ok, sequence: 0 })).toThrow(RangeError);
    expect(() => formatTrackingNumber({ ...ok, sequence: 1_000_000 })).toThrow(RangeError);
    expect(() => formatTrackingNumber({ ...ok, year: 999 })).toThrow(RangeError);
    expect(() => formatTrackingNumber({ ...ok, sequence: 1.5 })).toThrow(RangeError);
    const forged = { ...ok, source: "toString" } as unknown as TTrackingNumber;
    expect(() => formatTrackingNumber(forged)).toThrow(RangeError);
  });
  it("only uses check symbols that cannot be mistaken for digits", () => {
    expect(CHECK_ALPHABET).toHaveLength(31);
    expect(CHECK_ALPHABET).not.toMatch(/[ILOUZ]/);
  });
});

describe("parse", () => {
  it("round-trips every number", () => {
    fc.assert(
      fc.property(arbNumber, (t) => {
        expect(parseTrackingNumber(formatTrackingNumber(t))).toEqual(t);
      }),
    );
  });
  it("is case-insensitive and tolerant of spaces, dashes and full-width characters", () => {
    const t = { source: "DEPUTY_SUGGESTION", year: 2026, sequence: 123 };
    for (const typed of [
      "JY-2026-000123-G",
      "jy-2026-000123-g",
      " JY 2026 000123 G ",
      "JY2026000123G",
      "ＪＹ－２０２６－０００１２３－Ｇ",
      "jy\u30002026\u3000000123\u3000g",
      "JY—2026–000123－G",
      "JY-2026-OOO123-G", // O for 0 where only digits stand
      "JY-2026-000I23-G",
    ]) {
      expect(parseTrackingNumber(typed), typed).toEqual(t);
    }
    expect(normalizeTrackingNumber("jy 2026 000123 g")).toBe("JY-2026-000123-G");
  });
  it("returns null for anything malformed", () => {
    for (const bad of [
      "",
      "JY-2026-000123", // no check character
      "JY-2026-00123-G", // 5-digit sequence
      "JY-2026-0000123-G",
      "XX-2026-000123-G", // unknown prefix
      "JY-2026-000000-" + trackingCheckCharacter("JY2026000000"), // sequence 0
      "JY-26-000123-G",
      "JY-2026-000123-GG",
      "JY-2026-000123-G; DROP TABLE items",
      "J".repeat(100),
    ]) {
      expect(parseTrackingNumber(bad), bad).toBeNull();
    }
    expect(parseTrackingNumber(undefined)).toBeNull();
    expect(parseTrackingNumber(123)).toBeNull();
  });
});

/** For every source, sequences whose check characters cover all 31 symbols. */
function samplesCoveringEveryCheckSymbol(): string[] {
  const out: string[] = [];
  for (const source of TRACKING_SOURCES) {
    const seen = new Set<string>();
    for (let sequence = 1; seen.size < CHECK_ALPHABET.length; sequence += 1) {
      const s = formatTrackingNumber({ source, year: 2026, sequence });
      if (!seen.has(s.slice(-1))) {
        seen.add(s.slice(-1));
        out.push(s);
      }
    }
  }
  return out;
}

function substitutions(s: string): string[] {
  const c = compact(s);
  const out: string[] = [];
  for (let i = 0; i < c.length; i += 1) {
    for (const ch of ALNUM) {
      if (ch !== c[i] && !sameAfterFolding(i, c.charAt(i), ch)) out.push(dashed(c.slice(0, i) + ch + c.slice(i + 1)));
    }
  }
  return out;
}

function transpositions(s: string): string[] {
  const c = [...compact(s)];
  const out: string[] = [];
  for (let i = 0; i < c.length; i += 1) {
    for (let j = i + 1; j < c.length; j += 1) {
      if (c[i] === c[j]) continue;
      const t = [...c];
      [t[i], t[j]] = [t[j] ?? "", t[i] ?? ""];
      out.push(dashed(t.join("")));
    }
  }
  return out;
}

describe("error detection", () => {
  const samples = samplesCoveringEveryCheckSymbol();
  it("refuses every single-character substitution (all sources × all check symbols)", () => {
    expect(samples).toHaveLength(TRACKING_SOURCES.length * 31);
    for (const s of samples) for (const typo of substitutions(s)) expect(parseTrackingNumber(typo), typo).toBeNull();
  });
  it("refuses every transposition of two characters, adjacent or not", () => {
    for (const s of samples) for (const typo of transpositions(s)) expect(parseTrackingNumber(typo), typo).toBeNull();
  });
  it("refuses single substitutions and adjacent swaps of random numbers", () => {
    fc.assert(
      fc.property(arbNumber, fc.nat(12), fc.constantFrom(...ALNUM), (t, pos, ch) => {
        const c = compact(formatTrackingNumber(t));
        if (ch === c[pos] || sameAfterFolding(pos, c.charAt(pos), ch)) return;
        expect(parseTrackingNumber(dashed(c.slice(0, pos) + ch + c.slice(pos + 1)))).toBeNull();
        const next = Math.min(pos + 1, 12);
        if (c[pos] !== c[next]) {
          const swapped = [...c];
          [swapped[pos], swapped[next]] = [c.charAt(next), c.charAt(pos)];
          expect(parseTrackingNumber(dashed(swapped.join("")))).toBeNull();
        }
      }),
    );
  });
});

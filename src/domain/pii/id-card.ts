import { toHalfWidth } from "./width";

/**
 * Mainland resident identity numbers (公民身份号码, GB 11643-1999):
 *   6 digits region code (GB/T 2260) · 8 digits birth date YYYYMMDD · 3 digits sequence
 *   (odd = male, even = female) · 1 check character (ISO 7064 MOD 11-2, "X" stands for 10).
 * Pure: problems are catalog-key style codes (`idCard.<code>`), the UI translates them.
 * Only the 18-character form is accepted; 15-digit numbers were withdrawn in 2013.
 */
export const ID_CARD_LENGTH = 18;

export type TIdCardProblem = "length" | "chars" | "region" | "birthDate" | "checkDigit";
export type TGender = "MALE" | "FEMALE";

/** Weights 2^(18-i) mod 11 for positions 1…17 (GB 11643-1999, 6.2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

/**
 * Provincial-level codes of GB/T 2260 (the first two digits). 71/81/82 are Taiwan, Hong Kong and
 * Macao; 83 is used by residence permits for Taiwan residents, which follow the same structure.
 * County codes (digits 3–6) change every year and are not checked (residence permits use xx0000).
 */
const PROVINCES = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
  "71", "81", "82", "83",
]);

/** Earliest accepted birth year: nobody alive was born before. */
const MIN_BIRTH_YEAR = 1900;

/** Trim, full-width → half-width, drop inner spaces (numbers are often written 6-8-4), upper-case x. */
export function normalizeIdCard(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, "").toUpperCase();
}

/** The check character for the first 17 digits (caller guarantees 17 ASCII digits). */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** "YYYY-MM-DD" when the 8 digits are a real calendar date, else null. */
function calendarDate(yyyymmdd: string): string | null {
  if (!/^\d{8}$/.test(yyyymmdd)) return null;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** Today's calendar date in China (UTC+8, no daylight saving) as "YYYY-MM-DD". */
function chinaDate(today: Date): string {
  return new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Everything wrong with `value` (normalised first). [] means valid. `today` is a parameter so that
 * tests and batch imports use one clock; the birth date may not lie after today's date in China.
 * Structural problems ("length", "chars") stop further checks.
 */
export function idCardProblems(value: string, today: Date): TIdCardProblem[] {
  const id = normalizeIdCard(value);
  if (id.length !== ID_CARD_LENGTH) return ["length"];
  if (!/^\d{17}[\dX]$/.test(id)) return ["chars"];
  const problems: TIdCardProblem[] = [];
  if (!PROVINCES.has(id.slice(0, 2))) problems.push("region");
  const birth = calendarDate(id.slice(6, 14));
  if (birth === null || Number(birth.slice(0, 4)) < MIN_BIRTH_YEAR || birth > chinaDate(today)) {
    problems.push("birthDate");
  }
  if (idCardCheckChar(id.slice(0, 17)) !== id.charAt(17)) problems.push("checkDigit");
  return problems;
}

export function isValidIdCard(value: string, today: Date): boolean {
  return idCardProblems(value, today).length === 0;
}

/** Birth date "YYYY-MM-DD" of a well-formed number (check digit not required), else null. */
export function birthDateOf(value: string): string | null {
  const id = normalizeIdCard(value);
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  return calendarDate(id.slice(6, 14));
}

/** The 17th digit: odd = male, even = female (GB 11643-1999, 5.3). Null when malformed. */
export function genderOf(value: string): TGender | null {
  const id = normalizeIdCard(value);
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  return Number(id.charAt(16)) % 2 === 1 ? "MALE" : "FEMALE";
}

/**
 * Public tracking numbers (一问题一编号): every item of the loop gets one at submission; the public
 * status page looks items up by it.
 *
 * Format: PP-YYYY-NNNNNN-C, e.g. "JY-2026-000123-G"
 *   PP      source prefix (TRACKING_PREFIXES), pinyin initials of the source;
 *   YYYY    year of submission (Shanghai time);
 *   NNNNNN  sequence within that source and year, 1 … 999 999, zero-padded to 6 digits;
 *   C       check character.
 *
 * Check character: a weighted sum modulo the prime 31. Characters have their usual values (0–9 → 0–9,
 * A–Z → 10–35); the 12 characters PPYYYYNNNNNN get weights 13, 12, …, 2 and C weight 1, and C is chosen
 * so that the sum is 0 mod 31. C is written with the 31 symbols 0–9 and A–Z without I, L, O, U, Z
 * (CHECK_ALPHABET), so it is never mistaken for 1, 0, V or 2. Because the weights are distinct and
 * non-zero mod 31 and two characters that may stand in the same place differ by less than 31, every
 * single-character substitution and every transposition of two characters (adjacent or not) changes
 * the sum: such typing errors are refused before any lookup. (ISO/IEC 7064 MOD 37,36 was considered:
 * it misses swaps of consecutive characters such as 12↔21 at some positions, and its check character
 * may be O, I or L.)
 *
 * parseTrackingNumber is lenient in form only: case-insensitive; full-width characters (ＪＹ－２０２６…)
 * are folded (NFKC); spaces, hyphens and dashes anywhere are ignored; where only a digit may stand
 * (year, sequence, check), O is read as 0 and I or L as 1. The content must then be exact.
 */
export const TRACKING_PREFIXES = {
  DEPUTY_SUGGESTION: "JY", // 代表建议 (jiàn yì)
  PUBLIC_OPINION: "MY", // 社情民意 / 民意诉求, the one-click public form (mín yì)
  STATION_VISIT: "JD", // 联络站接待登记 (jiē dài)
  GRID_REPORT: "WG", // 代表+网格 (wǎng gé)
  FACE_TO_FACE: "MM", // 代表·局长面对面 (miàn miàn)
  ON_BEHALF: "DL", // 代录: recorded by staff or a station manager on someone's behalf (dài lù)
} as const;

export type TTrackingSource = keyof typeof TRACKING_PREFIXES;
export const TRACKING_SOURCES = Object.keys(TRACKING_PREFIXES) as TTrackingSource[];

export type TTrackingNumber = { source: TTrackingSource; year: number; sequence: number };

export const MAX_TRACKING_SEQUENCE = 999_999;
const MAX_INPUT_LENGTH = 64;

const VALUE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** The 31 check symbols; a symbol's value is its index. */
export const CHECK_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
const MODULUS = 31;
const PAYLOAD_LENGTH = 12;

function weightedSum(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i += 1) {
    const v = VALUE_ALPHABET.indexOf(payload.charAt(i));
    if (v < 0) throw new RangeError(`Not an upper-case alphanumeric character: ${payload.charAt(i)}`);
    sum += (PAYLOAD_LENGTH + 1 - i) * v;
  }
  return sum % MODULUS;
}

/** The check character of the 12 characters PPYYYYNNNNNN. */
export function trackingCheckCharacter(payload: string): string {
  if (payload.length !== PAYLOAD_LENGTH) throw new RangeError(`Payload must have ${PAYLOAD_LENGTH} characters`);
  return CHECK_ALPHABET.charAt((MODULUS - weightedSum(payload)) % MODULUS);
}

const SOURCE_BY_PREFIX = new Map(Object.entries(TRACKING_PREFIXES).map(([s, p]) => [p as string, s as TTrackingSource]));

function assertParts({ source, year, sequence }: TTrackingNumber): void {
  if (!Object.hasOwn(TRACKING_PREFIXES, source)) throw new RangeError(`Unknown source: ${String(source)}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Year must have 4 digits: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_TRACKING_SEQUENCE) {
    throw new RangeError(`Sequence must be in 1…${MAX_TRACKING_SEQUENCE}: ${sequence}`);
  }
}

/** "JY-2026-000123-G". Throws RangeError for an unknown source, a non-4-digit year or a bad sequence. */
export function formatTrackingNumber(t: TTrackingNumber): string {
  assertParts(t);
  const prefix = TRACKING_PREFIXES[t.source];
  const year = String(t.year);
  const seq = String(t.sequence).padStart(6, "0");
  return `${prefix}-${year}-${seq}-${trackingCheckCharacter(prefix + year + seq)}`;
}

/** Whitespace, hyphens and dashes (after NFKC, which folds full-width forms) are ignored. */
const IGNORED = /[\s\-\u2010-\u2015\u2212\u30FC_]/gu;
const SHAPE = /^([A-Z]{2})([0-9OIL]{4})([0-9OIL]{6})([0-9A-Z])$/;
const asDigits = (s: string): string => s.replace(/O/g, "0").replace(/[IL]/g, "1");

/** The parts of a tracking number, or null for anything malformed or failing its check character. */
export function parseTrackingNumber(input: unknown): TTrackingNumber | null {
  if (typeof input !== "string" || input.length > MAX_INPUT_LENGTH) return null;
  const m = SHAPE.exec(input.normalize("NFKC").toUpperCase().replace(IGNORED, ""));
  if (!m) return null;
  const [prefix, year, seq, check] = [m[1] ?? "", asDigits(m[2] ?? ""), asDigits(m[3] ?? ""), asDigits(m[4] ?? "")];
  const source = SOURCE_BY_PREFIX.get(prefix);
  if (!source || trackingCheckCharacter(prefix + year + seq) !== check) return null;
  const t = { source, year: Number(year), sequence: Number(seq) };
  return t.year >= 1000 && t.sequence >= 1 ? t : null;
}

/** The canonical form of a typed tracking number ("jy 2026 000123 g" → "JY-2026-000123-G"), or null. */
export function normalizeTrackingNumber(input: unknown): string | null {
  const parsed = parseTrackingNumber(input);
  return parsed ? formatTrackingNumber(parsed) : null;
}

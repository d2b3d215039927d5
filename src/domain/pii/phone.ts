import { toHalfWidth } from "./width";

/**
 * Mainland phone numbers, as people type them and as spreadsheets hold them.
 *   mobile:   1[3-9] + 9 digits                       → "13812345678"
 *   landline: area code + 7/8-digit local number       → "0371-61234567"
 *             + optional extension (1–6 digits)        → "0371-61234567-801"
 * Area codes follow the national plan: 010 and 020–029 have three digits, every other code
 * (03xx–09xx) four, so the code is found without a separator. Accepted decorations: +86 / 0086 /
 * 86 prefix, spaces, hyphens, dots, parentheses, full-width characters; extensions after
 * 转 / 分机 / ext / x / # or as a third hyphen group. Problems are catalog-key style codes
 * (`phone.<code>`). Service numbers (400/800, 95xxx, 110…) are not personal numbers: rejected.
 */
export type TPhoneProblem =
  | "empty"
  | "chars"
  | "country"
  | "length"
  | "mobilePrefix"
  | "areaCode"
  | "localNumber"
  | "extension";

export type TPhone =
  | { kind: "mobile"; normalized: string }
  | { kind: "landline"; areaCode: string; local: string; extension: string | null; normalized: string };

export type TPhoneParse = { ok: true; phone: TPhone } | { ok: false; problems: TPhoneProblem[] };

const MOBILE = /^1[3-9]\d{9}$/;
const EXTENSION_MARK = /(?:转|分机|ext\.?|x|#)\s*(.*)$/i;

type TDigits = { digits: string; problems: TPhoneProblem[] };

function landlineParts(digits: string): { areaCode: string; local: string } | TPhoneProblem {
  if (!digits.startsWith("0")) return "areaCode";
  const areaLength = /^0(?:10|2\d)/.test(digits) ? 3 : 4;
  const areaCode = digits.slice(0, areaLength);
  if (!/^0(?:10|2\d|[3-9]\d\d)$/.test(areaCode)) return "areaCode";
  const local = digits.slice(areaLength);
  if (local.length < 7 || local.length > 8) return "length";
  if (!/^[2-9]/.test(local)) return "localNumber";
  return { areaCode, local };
}

/** Strips the country code; a number dialled from abroad drops the area code's leading 0. */
function withoutCountryCode(main: string): { rest: string; problem: TPhoneProblem | null } {
  if (/^(?:\+|00)/.test(main)) {
    const china = /^(?:\+|00)\s*86[\s-]*(.*)$/.exec(main);
    if (!china) return { rest: main, problem: "country" };
    const rest = china[1] ?? "";
    const digits = rest.replace(/\D/g, "");
    return { rest: !MOBILE.test(digits) && /^[1-9]/.test(digits) ? `0${rest}` : rest, problem: null };
  }
  // A bare 86 only before a mobile number: "8613812345678".
  if (/^86/.test(main) && /^861[3-9]\d{9}$/.test(main.replace(/\D/g, ""))) {
    return { rest: main.slice(2), problem: null };
  }
  return { rest: main, problem: null };
}

function splitDigits(value: string): TDigits & { extension: string | null; hasExtension: boolean } {
  let main = toHalfWidth(value).trim().replace(/[()]/g, " ").trim();
  let extension: string | null = null;
  let hasExtension = false;
  const mark = EXTENSION_MARK.exec(main);
  if (mark) {
    extension = (mark[1] ?? "").trim();
    hasExtension = true;
    main = main.slice(0, mark.index).trim();
  }
  const problems: TPhoneProblem[] = [];
  if (!/^[\d\s\-.+]*$/.test(main)) return { digits: "", problems: ["chars"], extension, hasExtension };
  const { rest, problem } = withoutCountryCode(main);
  if (problem) return { digits: "", problems: [problem], extension, hasExtension };
  if (rest.includes("+")) return { digits: "", problems: ["chars"], extension, hasExtension };
  const groups = rest.split(/[\s\-.]+/).filter(Boolean);
  let digits = groups.join("");
  // "0371-61234567-801": a trailing short group is an extension when the rest is a landline.
  const last = groups[groups.length - 1];
  if (!hasExtension && groups.length >= 3 && last && last.length <= 6 && typeof landlineParts(digits) === "string") {
    const head = groups.slice(0, -1).join("");
    if (typeof landlineParts(head) !== "string") {
      digits = head;
      extension = last;
      hasExtension = true;
    }
  }
  return { digits, problems, extension, hasExtension };
}

export function parsePhone(value: string): TPhoneParse {
  if (toHalfWidth(value).trim() === "") return { ok: false, problems: ["empty"] };
  const { digits, problems, extension, hasExtension } = splitDigits(value);
  if (problems.length > 0) return { ok: false, problems };
  if (digits === "") return { ok: false, problems: ["empty"] };
  if (hasExtension && !/^\d{1,6}$/.test(extension ?? "")) return { ok: false, problems: ["extension"] };
  if (digits.startsWith("1")) {
    if (hasExtension) return { ok: false, problems: ["extension"] };
    if (digits.length !== 11) return { ok: false, problems: ["length"] };
    if (!MOBILE.test(digits)) return { ok: false, problems: ["mobilePrefix"] };
    return { ok: true, phone: { kind: "mobile", normalized: digits } };
  }
  const parts = landlineParts(digits);
  if (typeof parts === "string") return { ok: false, problems: [parts] };
  const ext = hasExtension ? extension : null;
  const normalized = `${parts.areaCode}-${parts.local}${ext ? `-${ext}` : ""}`;
  return { ok: true, phone: { kind: "landline", ...parts, extension: ext, normalized } };
}

/** [] when valid. */
export function phoneProblems(value: string): TPhoneProblem[] {
  const parsed = parsePhone(value);
  return parsed.ok ? [] : parsed.problems;
}

/** The canonical form (see above) — store, compare and blind-index this — or null when invalid. */
export function normalizePhone(value: string): string | null {
  const parsed = parsePhone(value);
  return parsed.ok ? parsed.phone.normalized : null;
}

export function isValidPhone(value: string): boolean {
  return parsePhone(value).ok;
}

/** True only for a valid mainland mobile number (the one-click form's SMS contact). */
export function isMobilePhone(value: string): boolean {
  const parsed = parsePhone(value);
  return parsed.ok && parsed.phone.kind === "mobile";
}

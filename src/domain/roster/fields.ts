import { DEPUTY_LEVELS, type TDeputyLevel } from "../vocabulary";
import { toHalfWidth } from "../pii/width";

/**
 * The deputy register's own fields and their limits, shared by the form, the roster import and the
 * server (one place decides how long a name may be). Pure.
 */
export const GENDERS = ["MALE", "FEMALE"] as const;
export type TGender = (typeof GENDERS)[number];
export const DEPUTY_STATUSES = ["ACTIVE", "TERMINATED"] as const;

export const LIMITS = {
  name: 60,
  workUnit: 120,
  title: 60,
  address: 160,
  bio: 2000,
  expertiseItem: 20,
  expertiseCount: 10,
  term: 99,
} as const;

/**
 * The fields a deputy edits on their own profile (/me/profile). Everything else — name, level,
 * term, delegation, region, ID number, work unit and title, groups, stations, status — is the
 * register's and only staff change it.
 */
export const SELF_EDITABLE_FIELDS = ["phone", "address", "expertise", "bio"] as const;
export type TSelfEditableField = (typeof SELF_EDITABLE_FIELDS)[number];

/** Trim, half-width, collapse inner whitespace. Text stays text: "<b>" is kept and escaped when shown. */
export function cleanText(value: string): string {
  return toHalfWidth(value).replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
}

/** "农业、水产；电商,法律" → ["农业", "水产", "电商", "法律"]; duplicates dropped, order kept. */
export function splitExpertise(value: string): string[] {
  const parts = toHalfWidth(value)
    .split(/[、,，;；/|\n]+/)
    .map(cleanText)
    .filter(Boolean);
  return [...new Set(parts)];
}

export type TExpertiseProblem = "expertiseTooMany" | "expertiseTooLong";

export function expertiseProblem(items: readonly string[]): TExpertiseProblem | null {
  if (items.length > LIMITS.expertiseCount) return "expertiseTooMany";
  if (items.some((i) => Array.from(i).length > LIMITS.expertiseItem)) return "expertiseTooLong";
  return null;
}

const LEVEL_WORDS: Record<TDeputyLevel, readonly string[]> = {
  NATIONAL: ["全国", "全国人大代表", "全国人大", "NATIONAL"],
  PROVINCIAL: ["省", "省级", "省人大代表", "省人大", "PROVINCIAL"],
  PREFECTURAL: ["市", "市级", "设区的市级", "市人大代表", "市人大", "PREFECTURAL"],
  COUNTY: ["县", "县级", "县（区）人大代表", "县(区)人大代表", "县人大代表", "区人大代表", "县（区）", "COUNTY"],
  TOWNSHIP: ["乡", "乡镇", "乡镇级", "乡镇人大代表", "TOWNSHIP"],
};

/** A level as people write it in a roster ("市人大代表", "县级", "PREFECTURAL"), or null. */
export function parseLevel(value: string): TDeputyLevel | null {
  const v = cleanText(value).replace(/\s/g, "");
  const upper = v.toUpperCase();
  for (const level of DEPUTY_LEVELS) {
    if (LEVEL_WORDS[level].some((w) => w === v || w === upper)) return level;
  }
  return null;
}

export function parseGender(value: string): TGender | null {
  const v = cleanText(value).toUpperCase();
  if (v === "男" || v === "MALE" || v === "M") return "MALE";
  if (v === "女" || v === "FEMALE" || v === "F") return "FEMALE";
  return null;
}

/** "第十五届", "15", "十五" → 15; null when not a term number 1–99. */
export function parseTerm(value: string): number | null {
  const v = cleanText(value).replace(/^第/, "").replace(/届$/, "");
  if (/^\d{1,2}$/.test(v)) {
    const n = Number(v);
    return n >= 1 && n <= LIMITS.term ? n : null;
  }
  const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(v);
  if (!m || v === "") return null;
  const [, tens, ten, ones] = m;
  if (!ten) {
    const single = tens || ones;
    return tens && ones ? null : single ? (digits[single] ?? null) : null;
  }
  return (tens ? (digits[tens] ?? 0) : 1) * 10 + (ones ? (digits[ones] ?? 0) : 0);
}

import { cleanText } from "./fields";

/**
 * The roster's columns, in the template's order. A header is recognised by its Chinese title (with
 * or without the required mark "*") or by one of its aliases, so rosters kept by different offices
 * import without renaming every column.
 */
export const ROSTER_COLUMNS = [
  { key: "name", title: "姓名", required: true, aliases: ["代表姓名"] },
  { key: "gender", title: "性别", required: true, aliases: [] },
  { key: "level", title: "代表层级", required: true, aliases: ["层级", "代表级别", "级别"] },
  { key: "term", title: "届次", required: false, aliases: [] },
  { key: "delegation", title: "代表团", required: false, aliases: ["代表团（组）", "代表小组", "所属代表团"] },
  { key: "region", title: "选区所在地", required: true, aliases: ["地区", "所在地区", "选区", "行政区划", "行政区划代码"] },
  { key: "workUnit", title: "工作单位", required: false, aliases: ["单位"] },
  { key: "title", title: "职务", required: false, aliases: ["职务职称"] },
  { key: "idCard", title: "身份证号码", required: true, aliases: ["身份证号", "公民身份号码", "身份证"] },
  { key: "phone", title: "手机号码", required: false, aliases: ["联系电话", "电话", "手机", "手机号"] },
  { key: "address", title: "通讯地址", required: false, aliases: ["地址", "联系地址"] },
  { key: "expertise", title: "专业特长", required: false, aliases: ["专长", "专业领域"] },
] as const;

export type TRosterColumn = (typeof ROSTER_COLUMNS)[number];
export type TRosterKey = TRosterColumn["key"];

/** Most rows a roster may hold; more is refused before reading the rest of the file. */
export const MAX_ROSTER_ROWS = 20_000;
/** Largest upload accepted (bytes). */
export const MAX_ROSTER_BYTES = 10 * 1024 * 1024;

export type THeaderProblem =
  | { code: "missingColumn"; column: string }
  | { code: "unknownColumn"; column: string; at: number }
  | { code: "duplicateColumn"; column: string; at: number };

export type THeaderResult = {
  /** 1-based sheet column of each recognised key */
  positions: Partial<Record<TRosterKey, number>>;
  problems: THeaderProblem[];
};

function normalizeHeader(value: string): string {
  return cleanText(value).replace(/[*＊\s]/g, "").replace(/[（(]必填[)）]$/, "");
}

const BY_WORD = new Map<string, TRosterKey>(
  ROSTER_COLUMNS.flatMap((c) => [c.title, ...c.aliases].map((w) => [normalizeHeader(w), c.key] as const)),
);

/**
 * Maps the header row (cell texts by 1-based column; blank cells ignored) to the roster's keys.
 * Problems: a required column missing, a column nobody knows, a column given twice.
 */
export function readHeader(cells: ReadonlyArray<string | null>): THeaderResult {
  const positions: Partial<Record<TRosterKey, number>> = {};
  const problems: THeaderProblem[] = [];
  cells.forEach((cell, i) => {
    const at = i + 1;
    const text = normalizeHeader(cell ?? "");
    if (text === "") return;
    const key = BY_WORD.get(text);
    if (!key) problems.push({ code: "unknownColumn", column: cleanText(cell ?? ""), at });
    else if (positions[key] !== undefined) problems.push({ code: "duplicateColumn", column: cleanText(cell ?? ""), at });
    else positions[key] = at;
  });
  for (const c of ROSTER_COLUMNS) {
    if (c.required && positions[c.key] === undefined) problems.push({ code: "missingColumn", column: c.title });
  }
  return { positions, problems };
}

export function columnTitle(key: TRosterKey): string {
  return ROSTER_COLUMNS.find((c) => c.key === key)?.title ?? key;
}

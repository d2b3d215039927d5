import { normalizeIdCard } from "./id-card";
import { parsePhone } from "./phone";
import { toHalfWidth } from "./width";

/**
 * Default display of personal data (security.md #11): masked unless the viewer holds the reveal
 * permission (and the reveal is audited, in src/server). Every function here is total: any input,
 * including null, undefined, short or malformed text, gives a string and never throws. When the
 * input is not recognisably what it should be, everything is masked: a malformed value is more
 * likely to be something else entirely (a note, a second number) than a near miss.
 */
export const FULL_MASK = "****";

type TInput = string | null | undefined;

function text(value: TInput): string {
  return typeof value === "string" ? value : "";
}

/** Code points, so that a surrogate pair (e.g. 𠮷) is never cut in half. */
function chars(value: string): string[] {
  return Array.from(value);
}

/** 138****5678 for a mobile; 0371-****4567 for a landline (extension dropped); otherwise ****. */
export function maskPhone(value: TInput): string {
  const raw = text(value);
  if (raw.trim() === "") return "";
  const parsed = parsePhone(raw);
  if (!parsed.ok) return FULL_MASK;
  const { phone } = parsed;
  if (phone.kind === "mobile") return `${phone.normalized.slice(0, 3)}****${phone.normalized.slice(7)}`;
  // Four digits hidden, as for a mobile: 8-digit local numbers show 4, 7-digit ones 3.
  return `${phone.areaCode}-****${phone.local.slice(4)}`;
}

/** 4101**********1234 (first 4, last 4 of a well-formed 18-character number); otherwise ****. */
export function maskIdCard(value: TInput): string {
  const raw = text(value);
  if (raw.trim() === "") return "";
  const id = normalizeIdCard(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return FULL_MASK;
  return `${id.slice(0, 4)}${"*".repeat(10)}${id.slice(14)}`;
}

export const ADDRESS_VISIBLE = 6;

/**
 * The first six characters (province and city, roughly) and "****". An address of six characters
 * or fewer is masked completely: showing six of six would show it all.
 */
export function maskAddress(value: TInput): string {
  const address = toHalfWidth(text(value)).trim().replace(/\s+/g, " ");
  if (address === "") return "";
  const cps = chars(address);
  if (cps.length <= ADDRESS_VISIBLE) return FULL_MASK;
  return `${cps.slice(0, ADDRESS_VISIBLE).join("")}${FULL_MASK}`;
}

/** Two-character surnames (复姓) kept whole: 欧阳娜娜 → 欧阳**. The common ones; others keep one. */
const COMPOUND_SURNAMES = new Set([
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
  "夏侯", "轩辕", "令狐", "钟离", "端木", "西门", "南宫", "独孤", "澹台", "公冶", "申屠", "太史",
  "闻人", "万俟", "赫连", "呼延", "百里", "东郭", "濮阳", "拓跋", "司空", "第五", "左丘", "纳兰",
]);

/**
 * 张三 → 张*, 张三丰 → 张**, 欧阳娜娜 → 欧阳**; one star per hidden character. A name of a
 * single character is masked completely. Names with a middle dot (阿依古丽·买买提) keep the
 * first character only.
 */
export function maskName(value: TInput): string {
  const name = text(value).trim().replace(/\s+/g, " ");
  if (name === "") return "";
  const cps = chars(name);
  if (cps.length < 2) return "*";
  const surname = cps.length >= 3 && COMPOUND_SURNAMES.has(cps.slice(0, 2).join("")) ? 2 : 1;
  return `${cps.slice(0, surname).join("")}${"*".repeat(cps.length - surname)}`;
}

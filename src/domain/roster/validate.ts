import type { TDeputyLevel } from "../vocabulary";
import { idCardProblems, normalizeIdCard } from "../pii/id-card";
import { parsePhone } from "../pii/phone";
import { ROSTER_COLUMNS, type TRosterKey } from "./columns";
import { cleanText, expertiseProblem, LIMITS, parseGender, parseLevel, parseTerm, splitExpertise, type TGender } from "./fields";

/**
 * One roster row, checked without a database: the server reads the cells, looks up what the rows
 * name (regions, delegations) once, and hands both in. Problems carry full message keys
 * ("register.problems.required", "pii.idCard.checkDigit") so the report translates them as is.
 */

/** A cell as the server read it from the workbook. Formulas are never evaluated: they are refused. */
export type TCell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  /** a numeric cell; `safe` is false when it held more digits than a double keeps (an 18-digit ID) */
  | { kind: "number"; text: string; safe: boolean }
  | { kind: "formula" }
  /** an error value (#N/A), an image, anything that is not plain text or a number */
  | { kind: "invalid" };

export type TRosterProblem = { row: number; column: TRosterKey | null; key: string; params?: Record<string, string | number> };

export type TRegionRef = { id: string; code: string; name: string };
export type TRosterLookups = {
  /** the regions a roster row may name: the staff member's scope */
  regions: readonly TRegionRef[];
  /** the delegations of the committee the roster is imported into */
  delegations: readonly { id: string; name: string }[];
  today: Date;
};

export type TRosterRow = {
  row: number;
  name: string;
  gender: TGender;
  level: TDeputyLevel;
  term: number | null;
  delegationId: string | null;
  regionId: string;
  workUnit: string | null;
  title: string | null;
  /** normalised (18 characters, upper-case X) */
  idCard: string;
  /** normalised (src/domain/pii/phone.ts), or null when the roster gives none */
  phone: string | null;
  address: string | null;
  expertise: string[];
};

export type TRowResult = { ok: true; value: TRosterRow } | { ok: false; problems: TRosterProblem[] };

const P = (key: string) => `register.problems.${key}`;

function textOf(cell: TCell | undefined): string | null {
  if (!cell || cell.kind === "empty") return "";
  if (cell.kind === "text" || cell.kind === "number") return cell.text;
  return null;
}

/** Region lookup: by code (GB/T 2260, 6–12 digits) or by exact name; a name used twice needs the code. */
export function resolveRegion(value: string, regions: readonly TRegionRef[]): { id: string } | { problem: "regionUnknown" | "regionAmbiguous" } {
  const v = cleanText(value);
  const matches = /^\d{6,12}$/.test(v) ? regions.filter((r) => r.code === v) : regions.filter((r) => r.name === v);
  if (matches.length === 1) return { id: matches[0]!.id };
  return { problem: matches.length === 0 ? "regionUnknown" : "regionAmbiguous" };
}

/** `cells` by key; `row` is the sheet's 1-based row number (the header is row 1). */
export function validateRosterRow(row: number, cells: Partial<Record<TRosterKey, TCell>>, lookups: TRosterLookups): TRowResult {
  const problems: TRosterProblem[] = [];
  const add = (column: TRosterKey | null, key: string, params?: TRosterProblem["params"]) =>
    problems.push(params ? { row, column, key, params } : { row, column, key });

  const text: Partial<Record<TRosterKey, string>> = {};
  for (const c of ROSTER_COLUMNS) {
    const cell = cells[c.key];
    if (cell?.kind === "formula") add(c.key, P("formula"));
    else if (cell?.kind === "invalid") add(c.key, P("invalidCell"));
    else {
      const t = cleanText(textOf(cell) ?? "");
      if (t === "" && c.required) add(c.key, P("required"));
      text[c.key] = t;
    }
  }
  const has = (k: TRosterKey) => (text[k] ?? "") !== "";
  const within = (k: TRosterKey, max: number) => {
    if (Array.from(text[k] ?? "").length > max) add(k, P("tooLong"), { max });
  };
  within("name", LIMITS.name);
  within("workUnit", LIMITS.workUnit);
  within("title", LIMITS.title);
  within("address", LIMITS.address);

  const gender = has("gender") ? parseGender(text.gender!) : null;
  if (has("gender") && !gender) add("gender", P("gender"));
  const level = has("level") ? parseLevel(text.level!) : null;
  if (has("level") && !level) add("level", P("level"));
  const term = has("term") ? parseTerm(text.term!) : null;
  if (has("term") && term === null) add("term", P("term"));

  let regionId: string | null = null;
  if (has("region")) {
    const r = resolveRegion(text.region!, lookups.regions);
    if ("id" in r) regionId = r.id;
    else add("region", P(r.problem));
  }
  let delegationId: string | null = null;
  if (has("delegation")) {
    const d = lookups.delegations.find((x) => x.name === text.delegation);
    if (d) delegationId = d.id;
    else add("delegation", P("delegationUnknown"));
  }

  let idCard = "";
  const idCell = cells.idCard;
  if (idCell?.kind === "number" && !idCell.safe) add("idCard", P("idCardAsNumber"));
  else if (has("idCard")) {
    idCard = normalizeIdCard(text.idCard!);
    for (const p of idCardProblems(idCard, lookups.today)) add("idCard", `pii.idCard.${p}`);
  }
  let phone: string | null = null;
  if (has("phone")) {
    const parsed = parsePhone(text.phone!);
    if (parsed.ok) phone = parsed.phone.normalized;
    else for (const p of parsed.problems) add("phone", `pii.phone.${p}`);
  }
  const expertise = has("expertise") ? splitExpertise(text.expertise!) : [];
  const ep = expertiseProblem(expertise);
  if (ep) add("expertise", P(ep), { max: ep === "expertiseTooMany" ? LIMITS.expertiseCount : LIMITS.expertiseItem });

  if (problems.length > 0 || !gender || !level || !regionId) return { ok: false, problems };
  return {
    ok: true,
    value: {
      row,
      name: text.name!,
      gender,
      level,
      term,
      delegationId,
      regionId,
      workUnit: text.workUnit || null,
      title: text.title || null,
      idCard,
      phone,
      address: text.address || null,
      expertise,
    },
  };
}

/** The same ID number or phone twice in one file: every later row points at the first. */
export function duplicatesInFile(rows: readonly TRosterRow[]): TRosterProblem[] {
  const problems: TRosterProblem[] = [];
  const firstId = new Map<string, number>();
  const firstPhone = new Map<string, number>();
  for (const r of rows) {
    const id = firstId.get(r.idCard);
    if (id === undefined) firstId.set(r.idCard, r.row);
    else problems.push({ row: r.row, column: "idCard", key: P("duplicateIdInFile"), params: { first: id } });
    if (r.phone) {
      const ph = firstPhone.get(r.phone);
      if (ph === undefined) firstPhone.set(r.phone, r.row);
      else problems.push({ row: r.row, column: "phone", key: P("duplicatePhoneInFile"), params: { first: ph } });
    }
  }
  return problems;
}

/** Rows whose ID number or phone the register already holds (found by the server's blind index). */
export function duplicatesInRegister(
  rows: readonly TRosterRow[],
  taken: { idCard(normalized: string): boolean; phone(normalized: string): boolean },
): TRosterProblem[] {
  const problems: TRosterProblem[] = [];
  for (const r of rows) {
    if (taken.idCard(r.idCard)) problems.push({ row: r.row, column: "idCard", key: P("duplicateIdInRegister") });
    if (r.phone && taken.phone(r.phone)) problems.push({ row: r.row, column: "phone", key: P("duplicatePhoneInRegister") });
  }
  return problems;
}

/** Problems in sheet order (row, then column order), for the report. */
export function sortProblems(problems: readonly TRosterProblem[]): TRosterProblem[] {
  const order = new Map<TRosterKey | null, number>(ROSTER_COLUMNS.map((c, i) => [c.key, i]));
  return [...problems].sort((a, b) => a.row - b.row || (order.get(a.column) ?? -1) - (order.get(b.column) ?? -1));
}

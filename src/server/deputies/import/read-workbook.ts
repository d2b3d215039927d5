import "server-only";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import { MAX_ROSTER_BYTES, MAX_ROSTER_ROWS } from "@/domain/roster/columns";
import type { TCell } from "@/domain/roster/validate";

/**
 * Reads the first worksheet of an uploaded roster, row by row, with exceljs' streaming reader: a
 * roster over MAX_ROSTER_ROWS is refused as soon as its row MAX+1 is reached, without reading the
 * rest. Nothing is trusted from the name or the MIME type: the bytes must be an .xlsx (file-type's
 * magic bytes and zip layout), and exceljs must be able to read them. Formulas are never evaluated
 * (exceljs has no evaluator; we do not even read the cached result): such a cell becomes "formula".
 */
export type TReadRefusal = "tooLarge" | "empty" | "notSpreadsheet" | "unreadable" | "tooManyRows" | "noRows";
export type TSheet = { header: (string | null)[]; rows: { row: number; cells: TCell[] }[] };
export type TReadResult = { ok: true; sheet: TSheet } | { ok: false; refusal: TReadRefusal };

type TExcelValue = ExcelJS.CellValue;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** One exceljs cell value as the validator's TCell. */
export function toCell(value: TExcelValue | undefined): TCell {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid" };
    return { kind: "number", text: Number.isInteger(value) ? value.toFixed(0) : String(value), safe: Number.isSafeInteger(value) };
  }
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { kind: "invalid" };
  if (isObject(value)) {
    if ("formula" in value || "sharedFormula" in value) return { kind: "formula" };
    if (Array.isArray(value.richText)) {
      return { kind: "text", text: value.richText.map((r: unknown) => (isObject(r) && typeof r.text === "string" ? r.text : "")).join("") };
    }
    if (typeof value.text === "string") return { kind: "text", text: value.text }; // a hyperlink cell
  }
  return { kind: "invalid" }; // {error: "#N/A"} and anything else
}

function headerText(cell: TCell): string | null {
  return cell.kind === "text" || cell.kind === "number" ? cell.text : null;
}

export async function isXlsx(bytes: Uint8Array): Promise<boolean> {
  const type = await fileTypeFromBuffer(bytes);
  return type?.ext === "xlsx";
}

/** Collects the header and the non-empty rows; false once a row past maxRows arrives. */
function sheetCollector(maxRows: number) {
  let header: (string | null)[] | null = null;
  const rows: TSheet["rows"] = [];
  return {
    add(values: unknown, rowNumber: number): boolean {
      const list = (Array.isArray(values) ? values : []) as TExcelValue[];
      // Array.from, not map: a sparse row's holes are empty cells, not skipped positions
      const cells = Array.from(list.slice(1), (v) => toCell(v));
      if (header === null) {
        header = cells.map(headerText);
        return true;
      }
      if (cells.every((c) => c.kind === "empty")) return true;
      if (rows.length >= maxRows) return false;
      rows.push({ row: rowNumber, cells });
      return true;
    },
    result(): TReadResult {
      if (header === null) return { ok: false, refusal: "empty" };
      if (rows.length === 0) return { ok: false, refusal: "noRows" };
      return { ok: true, sheet: { header, rows } };
    },
  };
}

async function readStreaming(bytes: Uint8Array, maxRows: number): Promise<TReadResult> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  const sheet = sheetCollector(maxRows);
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      if (!sheet.add(row.values, row.number)) return { ok: false, refusal: "tooManyRows" };
    }
    break; // the first worksheet only
  }
  return sheet.result();
}

/** The whole workbook in memory (the file is at most MAX_ROSTER_BYTES): readRoster's fallback. */
export async function readRosterWhole(bytes: Uint8Array, maxRows: number): Promise<TReadResult> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[0];
  const sheet = sheetCollector(maxRows);
  for (let n = 1; worksheet && n <= worksheet.rowCount; n++) {
    if (!sheet.add(worksheet.getRow(n).values, n)) return { ok: false, refusal: "tooManyRows" };
  }
  return sheet.result();
}

export async function readRoster(bytes: Uint8Array, maxRows = MAX_ROSTER_ROWS): Promise<TReadResult> {
  if (bytes.byteLength > MAX_ROSTER_BYTES) return { ok: false, refusal: "tooLarge" };
  if (bytes.byteLength === 0) return { ok: false, refusal: "empty" };
  if (!(await isXlsx(bytes))) return { ok: false, refusal: "notSpreadsheet" };
  try {
    return await readStreaming(bytes, maxRows);
  } catch {
    // exceljs' streaming reader can lose the race for xl/workbook.xml, which exceljs itself writes
    // last in the zip (exceljs issue #3064): an intermittent throw for a valid file, seen once in CI
    // as a refused roster. Read the whole file before calling it unreadable.
  }
  try {
    return await readRosterWhole(bytes, maxRows);
  } catch {
    return { ok: false, refusal: "unreadable" };
  }
}

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

export async function readRoster(bytes: Uint8Array, maxRows = MAX_ROSTER_ROWS): Promise<TReadResult> {
  if (bytes.byteLength > MAX_ROSTER_BYTES) return { ok: false, refusal: "tooLarge" };
  if (bytes.byteLength === 0) return { ok: false, refusal: "empty" };
  if (!(await isXlsx(bytes))) return { ok: false, refusal: "notSpreadsheet" };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  let header: (string | null)[] | null = null;
  const rows: TSheet["rows"] = [];
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = (Array.isArray(row.values) ? row.values : []) as TExcelValue[];
        // Array.from, not map: a sparse row's holes are empty cells, not skipped positions
        const cells = Array.from(values.slice(1), (v) => toCell(v));
        if (header === null) {
          header = cells.map(headerText);
          continue;
        }
        if (cells.every((c) => c.kind === "empty")) continue;
        if (rows.length >= maxRows) return { ok: false, refusal: "tooManyRows" };
        rows.push({ row: row.number, cells });
      }
      break; // the first worksheet only
    }
  } catch {
    return { ok: false, refusal: "unreadable" };
  }
  if (header === null) return { ok: false, refusal: "empty" };
  if (rows.length === 0) return { ok: false, refusal: "noRows" };
  return { ok: true, sheet: { header, rows } };
}

import ExcelJS from "exceljs";
import { SHANGHAI_OFFSET_MS, shanghaiDayKey } from "@/domain/calendar/shanghai";
import { neutralizeFormula } from "@/domain/spreadsheet-cell";
import type { TExportRow, TItemExport } from "@/server/items/export";

/** Any translator over the whole catalog (next-intl's getTranslations() in the route, a plain one in tests). */
export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

export const EXPORT_COLUMNS = [
  "trackingNumber",
  "title",
  "body",
  "source",
  "stage",
  "leadUnit",
  "coUnits",
  "resultClass",
  "satisfaction",
  "keySupervised",
  "deadline",
  "overdue",
  "round",
  "createdAt",
] as const;
type TColumnKey = (typeof EXPORT_COLUMNS)[number];

/** Excel has no time zones: instants are written as Shanghai wall-clock time (UTC+8, no DST). */
export const toSheetDate = (d: Date): Date => new Date(d.getTime() + SHANGHAI_OFFSET_MS);
export const fromSheetDate = (d: Date): Date => new Date(d.getTime() - SHANGHAI_OFFSET_MS);

const text = (s: string): string => neutralizeFormula(s);

function cellsOf(r: TExportRow, t: TTranslate): Record<TColumnKey, string | number | Date | null> {
  const none = t("itemLists.export.none");
  return {
    trackingNumber: text(r.trackingNumber),
    title: text(r.title),
    body: text(r.body),
    source: t(`workflow.source.${r.source}`),
    stage: t(`workflow.stage.${r.stage}`),
    leadUnit: text(r.leadUnit?.name ?? none),
    coUnits: text(r.coUnits.length > 0 ? r.coUnits.join("、") : none),
    resultClass: text(r.resultClass ?? none),
    satisfaction: r.satisfaction ? t(`workflow.satisfaction.${r.satisfaction}`) : none,
    keySupervised: t(r.keySupervised ? "itemLists.export.yes" : "itemLists.export.no"),
    deadline: r.deadline ? toSheetDate(r.deadline) : null,
    overdue: r.overdue.length > 0 ? r.overdue.map((k) => t(`itemLists.flag.${k}`)).join("、") : none,
    round: r.round,
    createdAt: toSheetDate(r.createdAt),
  };
}

function describeFilters(data: TItemExport, t: TTranslate): string {
  const f = data.filters;
  const parts: string[] = [];
  if (f.q) parts.push(`${t("itemLists.filter.q")}：${f.q}`);
  if (f.stage) parts.push(`${t("itemLists.filter.stage")}：${t(`workflow.stage.${f.stage}`)}`);
  if (f.source) parts.push(`${t("itemLists.filter.source")}：${t(`workflow.source.${f.source}`)}`);
  if (f.leadUnitId) parts.push(`${t("itemLists.filter.unit")}：${data.rows[0]?.leadUnit?.name ?? f.leadUnitId}`);
  if (f.resultClass) parts.push(`${t("itemLists.filter.class")}：${f.resultClass}`);
  if (f.satisfaction) parts.push(`${t("itemLists.filter.satisfaction")}：${t(`workflow.satisfaction.${f.satisfaction}`)}`);
  if (f.overdue) parts.push(`${t("itemLists.filter.overdue")}：${t(`itemLists.overdue.${f.overdue}`)}`);
  return text(parts.length > 0 ? parts.join("；") : t("itemLists.export.none"));
}

/**
 * The exported list as an .xlsx workbook: one sheet of items (text cells neutralised against
 * formula injection, dates as dates), one sheet saying when, with which filters and how many.
 */
export async function buildItemsWorkbook(data: TItemExport, t: TTranslate, max: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = data.at;
  const sheet = wb.addWorksheet(t("itemLists.export.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((key) => ({
    header: t(`itemLists.export.columns.${key}`),
    key,
    width: key === "body" ? 60 : key === "title" ? 36 : key === "deadline" || key === "createdAt" ? 18 : 16,
    style: key === "deadline" || key === "createdAt" ? { numFmt: "yyyy-mm-dd hh:mm" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of data.rows) sheet.addRow(cellsOf(r, t));

  const meta = wb.addWorksheet(t("itemLists.export.metaSheet"));
  meta.columns = [{ width: 20 }, { width: 80 }];
  meta.addRow([t("itemLists.export.metaExportedAt"), `${shanghaiDayKey(data.at)} ${toSheetDate(data.at).toISOString().slice(11, 16)}`]);
  meta.addRow([t("itemLists.export.metaFilters"), describeFilters(data, t)]);
  meta.addRow([t("itemLists.export.metaTotal"), data.total]);
  meta.addRow([t("itemLists.export.metaRows"), data.rows.length]);
  if (data.truncated) meta.addRow([t("itemLists.export.truncated", { total: data.total, max }), ""]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Content-Disposition for a download with a Chinese name (RFC 6266 + RFC 5987 filename*). */
export function attachmentDisposition(name: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encoded}`;
}

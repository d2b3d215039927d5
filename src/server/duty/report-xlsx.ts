import "server-only";
import ExcelJS from "exceljs";
import { DUTY_CATEGORIES } from "@/domain/duty/record-types";
import { writeAudit } from "../audit";
import type { TActor } from "../authz";
import { getDb } from "../db";
import type { TRequestContext } from "../request-context";
import { getArchive } from "./archive";

/** Translates a catalog key of the `duty` namespace (the route passes next-intl's translator). */
export type TLabel = (key: string, values?: Record<string, string | number>) => string;

/**
 * The annual duty report (履职报告) as an .xlsx workbook: a summary sheet (points by category and
 * the year's figures) and the confirmed records. The export is audited (it holds personal data).
 */
export async function exportReport(actor: TActor & { username: string }, deputyId: string, year: number, label: TLabel, ctx: TRequestContext): Promise<{ buffer: Buffer; fileName: string }> {
  const a = await getArchive(actor, deputyId, year);
  const wb = new ExcelJS.Workbook();
  wb.creator = "履职";
  wb.created = new Date(`${year}-12-31T00:00:00Z`);
  const summary = wb.addWorksheet(label("report.sheetSummary"), { pageSetup: { paperSize: 9, orientation: "portrait" } });
  summary.columns = [{ width: 28 }, { width: 18 }];
  summary.addRow([label("report.title", { name: a.deputy.name, year })]).font = { bold: true, size: 14 };
  summary.addRow([label("archive.committee"), a.deputy.committeeName]);
  summary.addRow([label("archive.totalPoints"), a.points.total]);
  for (const c of DUTY_CATEGORIES) summary.addRow([label(`category.${c}`), a.points.byCategory[c]]);
  summary.addRow([label("archive.confirmedRecords"), a.confirmed.length]);
  summary.addRow([label("archive.suggestionsTotal"), a.suggestions.total]);
  summary.addRow([label("archive.suggestionsClosed"), a.suggestions.closed]);
  summary.addRow([label("archive.stationDuty"), a.stationDuty]);
  summary.addRow([label("archive.trainingAttended"), a.training.attended]);
  summary.addRow([label("archive.studySessions"), a.study.sessions]);
  summary.addRow([label("archive.studyCharacters"), a.study.characters]);

  const points = wb.addWorksheet(label("report.sheetPoints"));
  points.addRow([label("archive.type"), label("archive.count"), label("archive.rawPoints"), label("archive.points")]).font = { bold: true };
  for (const l of a.points.byType) points.addRow([label(`type.${l.type}`), l.count, l.raw, l.points]);
  points.columns.forEach((c) => (c.width = 16));

  const records = wb.addWorksheet(label("report.sheetRecords"));
  records.addRow([label("record.date"), label("record.type"), label("record.place"), label("record.origin")]).font = { bold: true };
  for (const r of a.confirmed) records.addRow([r.date, label(`type.${r.type}`), r.place, label(`origin.${r.origin}`)]);
  records.columns = [{ width: 12 }, { width: 14 }, { width: 40 }, { width: 12 }];

  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await getDb().$transaction((tx) =>
    writeAudit(tx, { actor: { id: actor.id, username: actor.username, role: actor.role }, action: "duty.report.export", objectType: "Deputy", objectId: deputyId, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { year } }),
  );
  return { buffer, fileName: `duty-report-${year}.xlsx` };
}

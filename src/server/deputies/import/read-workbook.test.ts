import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { rosterRow, rosterXlsx } from "../../../../tests/factories/roster";
import { readRoster, readRosterWhole } from "./read-workbook";

/** readRoster streams; when exceljs' streaming reader throws on a valid file it reads the whole file instead. */
describe("reading a roster whole, as the fallback does", () => {
  it("yields what the streaming read yields: blank rows skipped, sparse cells empty, formulas marked", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("代表名册");
    ws.addRow(["姓名", "性别", "备注"]);
    ws.addRow(["张三", "男", "甲"]);
    ws.addRow([]);
    ws.getCell("A4").value = "李四";
    ws.getCell("C4").value = { formula: "1+1", result: 2 };
    ws.addRow([12345678, true, null]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const streamed = await readRoster(bytes);
    expect(streamed.ok).toBe(true);
    expect(await readRosterWhole(bytes, 10)).toEqual(streamed);
    if (streamed.ok) expect(streamed.sheet.rows.map((r) => r.row)).toEqual([2, 4, 5]);
  });

  it("refuses a roster longer than the limit, and a template with no rows", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => rosterRow(5000 + i));
    await expect(readRosterWhole(await rosterXlsx({ rows }), 10)).resolves.toEqual({ ok: false, refusal: "tooManyRows" });
    await expect(readRosterWhole(await rosterXlsx({ rows: [] }), 10)).resolves.toEqual({ ok: false, refusal: "noRows" });
  });
});

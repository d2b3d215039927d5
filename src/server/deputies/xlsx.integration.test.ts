import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed/demo";
import { seedDeputyContacts } from "../../../prisma/seed/deputy-contacts";
import { sessionUserFor } from "../../../tests/factories/roster";
import { testContext } from "../../../tests/factories/users";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { readHeader } from "@/domain/roster/columns";
import { ForbiddenError } from "@/server/errors";
import type { TSessionUser } from "@/server/session";
import { decryptField } from "./pii";
import { exportDeputies, rosterTemplate } from "./xlsx";

const db = useTestDatabase();
let staff: TSessionUser;

beforeAll(async () => {
  await seedDemo(db());
  expect(await seedDeputyContacts(db())).toBeGreaterThan(200);
  expect(await seedDeputyContacts(db())).toBe(0); // idempotent
  staff = await sessionUserFor(db(), "staff");
}, 120_000);

async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}

describe("xlsx out", () => {
  it("offers a template whose header the importer reads without a problem", async () => {
    const rows = await sheetRows(await rosterTemplate());
    expect(rows).toHaveLength(1);
    expect(readHeader(rows[0]!).problems).toEqual([]);
  });

  it("exports the filtered list with ID numbers and phones masked, and audits the export", async () => {
    const level = "PREFECTURAL" as const;
    const expected = await db().deputy.count({ where: { level, region: { code: { startsWith: "4113" } } } });
    const { bytes, count } = await exportDeputies(staff, { level }, testContext());
    expect(count).toBe(expected);
    const rows = await sheetRows(bytes);
    expect(rows[0]).toContain("身份证号码");
    expect(rows).toHaveLength(count + 1);
    const idCol = rows[0]!.indexOf("身份证号码");
    const phoneCol = rows[0]!.indexOf("手机号码");
    for (const r of rows.slice(1)) {
      expect(r[2]).toBe("市人大代表");
      expect(r[idCol]).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
      expect(r[phoneCol]).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
    // not one clear number in the file
    const someone = await db().deputy.findFirstOrThrow({ where: { level, region: { code: { startsWith: "4113" } }, idCardCipher: { not: null } } });
    const text = rows.flat().join("|");
    expect(text).not.toContain(decryptField("idCard", someone.idCardCipher!));
    expect(text).not.toContain(decryptField("phone", someone.phoneCipher!));
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "deputy.export" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorName: "staff", result: "SUCCESS", detail: expect.objectContaining({ count, level }) });
  });

  it("refuses the export to roles that cannot read the register", async () => {
    const unit = await sessionUserFor(db(), "unit");
    await expect(exportDeputies(unit, {}, testContext())).rejects.toBeInstanceOf(ForbiddenError);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../../prisma/seed/demo";
import { rosterRow, rosterXlsx, sessionUserFor, testIdCard } from "../../../../tests/factories/roster";
import { testContext } from "../../../../tests/factories/users";
import { useTestDatabase } from "../../../../tests/helpers/test-db";
import { listDeputies } from "@/server/directory/deputies";
import type { TSessionUser } from "@/server/session";
import { decryptField } from "../pii";
import { commitImport } from "./commit";
import { readRoster } from "./read-workbook";
import { stageImport } from "./stage";

const db = useTestDatabase();
let staff: TSessionUser;
let committeeId: string;

beforeAll(async () => {
  await seedDemo(db());
  staff = await sessionUserFor(db(), "staff");
  committeeId = staff.committeeId!;
}, 120_000);

const upload = async (bytes: Uint8Array, name = "名册.xlsx") => stageImport(staff, { name, bytes }, committeeId, testContext());
const job = (id: string) => db().deputyImport.findUniqueOrThrow({ where: { id } });
const countDeputies = () => db().deputy.count();

describe("roster import", () => {
  it("validates a 200-row roster, then imports all of it in one go with the numbers encrypted", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => rosterRow(1000 + i, i === 0 ? { name: "<b>粗体</b>", address: "河南省南阳市宛城区仲景路1号" } : {}));
    const staged = await upload(await rosterXlsx({ rows }));
    expect(staged).toMatchObject({ ok: true, status: "VALIDATED" });
    if (!staged.ok) return;
    expect(await db().deputyImportRow.count({ where: { importId: staged.importId } })).toBe(200);
    const before = await countDeputies();
    const progress: number[] = [];
    await expect(commitImport(staff, staged.importId, testContext(), (p) => progress.push(p.done))).resolves.toEqual({ imported: 200 });
    expect(progress.at(-1)).toBe(200);
    expect(await countDeputies()).toBe(before + 200);
    expect(await job(staged.importId)).toMatchObject({ status: "IMPORTED", importedCount: 200 });
    expect(await db().deputyImportRow.count({ where: { importId: staged.importId } })).toBe(0);

    const first = await db().deputy.findFirstOrThrow({ where: { importId: staged.importId, name: "<b>粗体</b>" } });
    expect(first.idCardCipher).not.toContain(testIdCard(1000));
    expect(decryptField("idCard", first.idCardCipher!)).toBe(testIdCard(1000));
    expect(decryptField("address", first.addressCipher!)).toBe("河南省南阳市宛城区仲景路1号");
    expect(first.termNumber).toBeGreaterThan(0);
    // found by name, and exactly by the whole ID number (blind index), with the phone masked
    expect((await listDeputies(staff, { q: "测试代表1005" })).items.map((d) => d.name)).toEqual(["测试代表1005"]);
    const byId = await listDeputies(staff, { q: testIdCard(1007) });
    expect(byId.items).toHaveLength(1);
    expect(byId.items[0]).toMatchObject({ name: "测试代表1007", phone: "139****1007" });
    // the same roster again: every row is now a duplicate of the register
    const again = await upload(await rosterXlsx({ rows }));
    expect(again).toMatchObject({ ok: true, status: "REJECTED" });
    if (again.ok) expect((await job(again.importId)).problemCount).toBe(400); // ID and phone of each row
  });

  it("reports each bad row and imports nothing", async () => {
    const wrongCheck = `${testIdCard(2001).slice(0, 17)}${testIdCard(2001).endsWith("0") ? "1" : "0"}`;
    const rows = [
      rosterRow(2000),
      rosterRow(2001, { idCard: wrongCheck }),
      rosterRow(2002, { phone: "12345" }),
      rosterRow(2003, { idCard: testIdCard(2000) }),
      rosterRow(2004, { region: "火星" }),
      rosterRow(2005, { delegation: "不存在的代表团" }),
      rosterRow(2006, { name: { formula: "HYPERLINK(\"http://x\",\"点我\")", result: "点我" } }),
      rosterRow(2007, { idCard: 411302198001011234 }),
    ];
    const before = await countDeputies();
    const staged = await upload(await rosterXlsx({ rows }));
    expect(staged).toMatchObject({ ok: true, status: "REJECTED" });
    if (!staged.ok) return;
    const report = (await job(staged.importId)).report as { row: number; column: string; key: string }[];
    expect(report.map((p) => `${p.row}:${p.column}:${p.key}`)).toEqual([
      "3:idCard:pii.idCard.checkDigit",
      "4:phone:pii.phone.length",
      "5:idCard:register.problems.duplicateIdInFile",
      "6:region:register.problems.regionUnknown",
      "7:delegation:register.problems.delegationUnknown",
      "8:name:register.problems.formula",
      "9:idCard:register.problems.idCardAsNumber",
    ]);
    expect(await db().deputyImportRow.count({ where: { importId: staged.importId } })).toBe(0);
    await expect(commitImport(staff, staged.importId, testContext())).rejects.toMatchObject({ messageKey: "register.import.errors.notReady" });
    expect(await countDeputies()).toBe(before);
  });

  it("names missing and unknown columns", async () => {
    const staged = await upload(await rosterXlsx({ header: ["姓名", "性别", "血型"], rows: [["张三", "男", "A"]] }));
    expect(staged).toMatchObject({ ok: true, status: "REJECTED" });
    if (!staged.ok) return;
    const keys = ((await job(staged.importId)).report as { key: string }[]).map((p) => p.key);
    expect(keys).toContain("register.problems.unknownColumn");
    expect(keys).toContain("register.problems.missingColumn");
  });

  it("refuses files that are not spreadsheets, whatever their name", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);
    await expect(upload(png, "roster.xlsx")).resolves.toEqual({ ok: false, refusal: "notSpreadsheet" });
    await expect(upload(new TextEncoder().encode("姓名,性别\n张三,男\n"), "roster.xlsx")).resolves.toEqual({ ok: false, refusal: "notSpreadsheet" });
    await expect(upload(new Uint8Array(0))).resolves.toEqual({ ok: false, refusal: "empty" });
    await expect(upload(new Uint8Array(10 * 1024 * 1024 + 1))).resolves.toEqual({ ok: false, refusal: "tooLarge" });
  });

  it("refuses a 100,000-row roster quickly, without reading it all", async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`代表${i}`]);
    const bytes = await rosterXlsx({ header: ["姓名"], rows });
    const started = performance.now();
    await expect(readRoster(bytes)).resolves.toEqual({ ok: false, refusal: "tooManyRows" });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(15_000);
    console.log(`100,000-row roster (${(bytes.byteLength / 1024).toFixed(0)} KiB) refused in ${ms.toFixed(0)} ms`);
  }, 60_000);

  it("imports nothing when someone registered one of the people after validation", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => rosterRow(3000 + i));
    const staged = await upload(await rosterXlsx({ rows }));
    if (!staged.ok) throw new Error(`expected a staged import: ${JSON.stringify(staged)}`);
    const template = await db().deputy.findFirstOrThrow({ where: { committeeId } });
    const { piiColumns } = await import("../pii");
    await db().deputy.create({
      data: { name: "抢先登记", gender: "MALE", level: "PREFECTURAL", committeeId, termNumber: 5, regionId: template.regionId, ...piiColumns({ idCard: testIdCard(3029) }) },
    });
    const before = await countDeputies();
    await expect(commitImport(staff, staged.importId, testContext())).rejects.toMatchObject({ messageKey: "register.import.errors.duplicateSinceValidation" });
    expect(await countDeputies()).toBe(before);
    expect(await job(staged.importId)).toMatchObject({ status: "VALIDATED", importedCount: 0 });
  });
});

import { randomInt } from "node:crypto";
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test } from "./support/fixtures";
import { signIn, signOut } from "./support/auth";
import { t } from "./support/catalog";
import { withDb } from "./support/db";
import { idCardCheckChar } from "../../src/domain/pii/id-card";
import { ROSTER_COLUMNS } from "../../src/domain/roster/columns";

/**
 * Issue 4, the register: staff import a 200-deputy .xlsx through the browser (validation report,
 * "import all" with its streamed progress) and find the deputies by name and by the exact ID number;
 * a deputy edits their own profile; staff reveal that deputy's phone, which writes an audit row.
 */
const ROWS = 200;

function idCard(n: number): string {
  const first17 = `411302${1960 + (n % 40)}${String(1 + (Math.floor(n / 40) % 12)).padStart(2, "0")}${String(1 + (Math.floor(n / 480) % 28)).padStart(2, "0")}${String(Math.floor(n / 13_440) % 1000).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
}

async function roster(tag: string, base: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表名册");
  ws.addRow(ROSTER_COLUMNS.map((c) => c.title));
  for (let i = 0; i < ROWS; i++) {
    const n = base + i;
    const row: Record<string, string> = {
      name: `名册${tag}号${String(i).padStart(3, "0")}`, gender: i % 2 ? "男" : "女", level: "市人大代表", term: "", delegation: "宛城区代表团",
      region: "宛城区", workUnit: i === 7 ? "<img src=x onerror=alert(1)>" : "南阳市某合作社", title: "理事长", idCard: idCard(n),
      phone: `137${String(n).padStart(8, "0")}`, address: "", expertise: "农业、电商",
    };
    ws.addRow(ROSTER_COLUMNS.map((c) => row[c.key] ?? ""));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("staff import a 200-deputy roster through the browser and find the deputies", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const tag = String(randomInt(100_000, 999_999));
  const base = randomInt(0, 12_000_000);
  await signIn(page, "staff");
  await page.goto("/deputies");
  await page.getByRole("link", { name: t("register.list.import"), exact: true }).click();
  await expect(page).toHaveURL(/\/deputies\/import$/);

  // not a spreadsheet: a clear Chinese message, nothing uploaded as an import
  await page.getByLabel(t("register.import.file")).setInputFiles({ name: "名册.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from("姓名,性别\n张三,男\n") });
  await page.getByRole("button", { name: t("register.import.upload"), exact: true }).click();
  await expect(page.getByText(t("register.import.refusals.notSpreadsheet"), { exact: true }).first()).toBeVisible();

  // a 50 MB file: refused in the page before sending, and by the server on its own (413, in Chinese)
  const big = Buffer.alloc(50 * 1024 * 1024, 1);
  const bigFile = testInfo.outputPath("大名册.xlsx");
  writeFileSync(bigFile, big);
  await page.getByLabel(t("register.import.file")).setInputFiles(bigFile);
  await page.getByRole("button", { name: t("register.import.upload"), exact: true }).click();
  await expect(page.getByText(t("register.import.refusals.tooLarge"), { exact: true }).first()).toBeVisible();
  const origin = new URL(page.url()).origin;
  const direct = await page.request.post(`/deputies/import/upload?committee=00000000-0000-4000-8000-000000000000&name=big.xlsx`, {
    data: big,
    headers: { "Content-Type": "application/octet-stream", Origin: origin },
  });
  expect(direct.status()).toBe(413);
  expect(await direct.json()).toEqual({ ok: false, message: t("register.import.refusals.tooLarge") });

  await page.getByLabel(t("register.import.file")).setInputFiles({ name: `名册${tag}.xlsx`, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await roster(tag, base) });
  await page.getByRole("button", { name: t("register.import.upload"), exact: true }).click();
  await expect(page).toHaveURL(/\/deputies\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByText(t("register.import.validated", { rows: ROWS }), { exact: true })).toBeVisible();
  await page.getByRole("button", { name: t("register.import.commit"), exact: true }).click();
  await expect(page.getByText(t("register.import.done", { count: ROWS }), { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(t("register.import.progress", { done: ROWS, total: ROWS }), { exact: true })).toBeVisible();

  // find them: by a part of the name…
  await page.goto(`/deputies?q=${encodeURIComponent(`名册${tag}`)}`);
  await expect(page.getByText(t("directory.deputies.count", { total: ROWS }), { exact: true })).toBeVisible();
  await page.goto("/deputies");
  await page.getByRole("searchbox", { name: t("directory.filters.q") }).fill(`名册${tag}号042`);
  await page.getByRole("button", { name: t("directory.filters.submit"), exact: true }).click();
  const row = page.getByRole("row").filter({ hasText: `名册${tag}号042` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`137****${String(base + 42).padStart(8, "0").slice(4)}`);
  // …and by the whole ID number (exact, through the blind index)
  await page.getByRole("searchbox", { name: t("directory.filters.q") }).fill(idCard(base + 7));
  await page.getByRole("button", { name: t("directory.filters.submit"), exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: `名册${tag}号007` })).toHaveCount(1);
  // HTML in a cell is text: shown escaped on the deputy's page
  await page.getByRole("link", { name: `名册${tag}号007`, exact: true }).click();
  await expect(page.getByText("<img src=x onerror=alert(1)>", { exact: true })).toBeVisible();
  await expect(page.getByTestId("pii-idCard")).toHaveText(/^4113\*{10}\d{3}[\dX]$/);

  const count = await withDb(async (db) => {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Deputy" WHERE "name" LIKE $1 AND "idCardCipher" IS NOT NULL`, [`名册${tag}号%`]);
    return Number(rows[0]?.n ?? 0);
  });
  expect(count).toBe(ROWS);
});

test("a deputy edits their own profile, and staff reveal the phone with an audit row", async ({ page }) => {
  test.setTimeout(90_000);
  const phone = `139${String(randomInt(10_000_000, 99_999_999))}`;
  await signIn(page, "deputy");
  await page.goto("/me/profile");
  await page.getByLabel(t("register.form.phone"), { exact: true }).fill(phone);
  await page.getByLabel(t("register.form.expertise"), { exact: true }).fill("红薯种植、农村电商");
  await page.getByRole("button", { name: t("register.form.save"), exact: true }).click();
  await expect(page.getByText(t("register.profile.saved"), { exact: true })).toBeVisible();
  await page.reload();
  const masked = `${phone.slice(0, 3)}****${phone.slice(7)}`;
  await expect(page.getByTestId("pii-phone")).toHaveText(masked);
  await expect(page.getByText("红薯种植、农村电商").first()).toBeVisible();
  await signOut(page);

  const deputyId = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT d."id" FROM "Deputy" d JOIN "User" u ON u."id" = d."userId" WHERE u."username" = 'deputy'`);
    return rows[0]!.id;
  });
  const reveals = async () =>
    withDb(async (db) => {
      const { rows } = await db.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM "AuditLog" WHERE "action" = 'deputy.pii.reveal' AND "actorName" = 'staff' AND "objectId" = $1 AND "result" = 'SUCCESS' AND "detail"->>'field' = 'phone'`,
        [deputyId],
      );
      return Number(rows[0]?.n ?? 0);
    });
  const before = await reveals();
  await signIn(page, "staff");
  await page.goto(`/deputies/${deputyId}`);
  await expect(page.getByTestId("pii-phone")).toHaveText(masked);
  await page.getByRole("button", { name: t("register.reveal.button", { field: t("register.reveal.fieldPhone") }), exact: true }).click();
  await expect(page.getByTestId("pii-phone")).toHaveText(phone);
  expect(await reveals()).toBe(before + 1);
  // the page source never carried the clear number before the reveal
  await page.reload();
  expect(await page.content()).not.toContain(phone);
});

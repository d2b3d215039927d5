import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { signIn, signOut } from "./support/auth";
import { t } from "./support/catalog";
import { createAccount, withDb } from "./support/db";
import { exeBytes, pdfBytes } from "../factories/files";

/**
 * Issue 3 #1, #4, #5, #10 (intake): a deputy submits with a co-sponsor and an attachment (a
 * disguised file is refused first, with a Chinese message next to the field, and nothing is
 * saved); the file downloads as an attachment for the sponsor and is 404 for an unrelated unit;
 * staff record an opinion for a person without an account, whose phone shows masked until revealed
 * (audited); a resident submits at a station's own form /s/<stationId> and tracks it.
 */
test.describe.configure({ mode: "serial" });

const TRACKING_PUBLIC = /MY-\d{4}-\d{6}-[0-9A-Z]/;

const count = (sql: string, params: unknown[]) =>
  withDb(async (db) => Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM (${sql}) q`, params)).rows[0]?.n ?? 0));

/** Gives a seeded deputy of the demo deputy's committee an account, so that they can be named as co-sponsor. */
async function coSponsorName(): Promise<string> {
  const username = await createAccount("e2e-co", `Co#Sponsor-${randomUUID().slice(0, 8)}`, "DEPUTY");
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string; name: string }>(
      `SELECT d."id", d."name" FROM "Deputy" d
        WHERE d."userId" IS NULL AND d."status" = 'ACTIVE'
          AND d."committeeId" = (SELECT m."committeeId" FROM "Deputy" m JOIN "User" u ON u."id" = m."userId" WHERE u."username" = 'deputy')
        ORDER BY d."name" LIMIT 1`,
    );
    const d = rows[0];
    if (!d) throw new Error("no deputy without an account in the demo deputy's committee");
    await db.query(`UPDATE "Deputy" SET "userId" = (SELECT "id" FROM "User" WHERE "username" = $1) WHERE "id" = $2`, [username, d.id]);
    await db.query(`UPDATE "User" SET "displayName" = $1 WHERE "username" = $2`, [d.name, username]);
    return d.name;
  });
}

test("a deputy submits with a co-sponsor and an attachment; a disguised file is refused first; the file downloads only for those who may see the item", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const co = await coSponsorName();
  const title = `e2e 联名建议 ${randomUUID().slice(0, 8)}`;
  await signIn(page, "deputy");
  await page.goto("/items/new");
  await page.getByLabel(t("items.form.title"), { exact: true }).fill(title);
  await page.getByLabel(t("items.form.body"), { exact: true }).fill("建议扩大红薯产业联络站的收购网点，方便群众就近销售。");
  await page.getByLabel(t("intake.form.coSponsors"), { exact: true }).selectOption({ label: co });
  const files = page.getByLabel(t("intake.form.attachments"), { exact: true });

  // an executable renamed to .pdf: refused next to the field, nothing saved, what was typed kept
  await files.setInputFiles({ name: "通知.pdf", mimeType: "application/pdf", buffer: Buffer.from(exeBytes()) });
  await page.getByRole("button", { name: t("items.form.submit"), exact: true }).click();
  await expect(page.getByText(t("intake.attachments.errors.kind"), { exact: true })).toBeVisible();
  await expect(files).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(t("items.form.title"), { exact: true })).toHaveValue(title);
  expect(await count(`SELECT 1 FROM "Item" WHERE "title" = $1`, [title])).toBe(0);

  // a real PDF goes through with the item
  const pdf = Buffer.from(pdfBytes("红薯收购网点分布"));
  await files.setInputFiles({ name: "收购网点.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: t("items.form.submit"), exact: true }).click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}\?submitted=1$/, { timeout: 30_000 }); // a loaded machine: uploads and the first item page take a while
  await expect(page.getByText(co, { exact: false }).first()).toBeVisible();
  const link = page.getByRole("link", { name: "收购网点.pdf", exact: true });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/api\/attachments\/[0-9a-f-]{36}$/);

  const answer = await page.request.get(href);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(answer.headers()["content-disposition"]).toContain(encodeURIComponent("收购网点.pdf"));
  expect(answer.headers()["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await answer.body()).equals(pdf)).toBe(true);
  const attachmentId = href.split("/").pop() ?? "";
  expect(await count(`SELECT 1 FROM "AuditLog" WHERE "action" = 'item.attachment.download' AND "objectId" = $1`, [attachmentId])).toBe(1);
  await signOut(page);

  // a unit that is not handling the item: no such file
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "ny-unit");
  expect((await otherPage.request.get(href)).status()).toBe(404);
  await other.close();
});

test("staff record an opinion for a person without an account; the phone shows masked until revealed, and the reveal is audited", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `e2e 代为录入 ${randomUUID().slice(0, 8)}`;
  await signIn(page, "staff");
  await page.goto("/items/new");
  await expect(page.getByText(t("intake.form.modePerson"), { exact: true })).toBeVisible();
  // bad input: no name, a malformed phone — Chinese messages next to the fields, nothing saved
  await page.getByLabel(t("intake.form.phone"), { exact: true }).fill("1381234");
  await page.getByLabel(t("items.form.title"), { exact: true }).fill(title);
  await page.getByLabel(t("items.form.body"), { exact: true }).fill("群众反映小区供暖温度不达标。");
  await page.getByRole("button", { name: t("items.form.submit"), exact: true }).click();
  await expect(page.getByLabel(t("intake.form.phone"), { exact: true })).toHaveAttribute("aria-invalid", "true");
  expect(await count(`SELECT 1 FROM "Item" WHERE "title" = $1`, [title])).toBe(0);

  await page.getByLabel(t("items.form.submitterName"), { exact: true }).fill("钱群众");
  await page.getByLabel(t("intake.form.phone"), { exact: true }).fill("138 0013 8000");
  await page.getByRole("button", { name: t("items.form.submit"), exact: true }).click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}\?submitted=1$/, { timeout: 30_000 }); // a loaded machine: uploads and the first item page take a while
  const itemId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await expect(page.getByTestId("contact-phone")).toHaveText("138****8000");
  await expect(page.locator("body")).not.toContainText("13800138000");
  await page.getByRole("button", { name: t("intake.contact.reveal"), exact: true }).click();
  await expect(page.getByTestId("contact-phone")).toHaveText("13800138000");
  expect(await count(`SELECT 1 FROM "AuditLog" WHERE "action" = 'item.contact.reveal' AND "objectId" = $1`, [itemId])).toBe(1);
  const stored = await withDb(async (db) => (await db.query<{ c: string }>(`SELECT "contactCipher" AS c FROM "Item" WHERE "id" = $1`, [itemId])).rows[0]?.c ?? "");
  expect(stored).toMatch(/^v1\./);
  expect(stored).not.toContain("8000");
  await signOut(page);
});

test("a resident submits at a station's own form and tracks the item, which shows nothing personal", async ({ page }) => {
  test.setTimeout(60_000);
  const station = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string; name: string }>(
      `SELECT s."id", s."name" FROM "LiaisonStation" s JOIN "User" u ON u."id" = s."managerId" WHERE u."username" = 'station' LIMIT 1`,
    );
    if (!rows[0]) throw new Error("the demo station manager runs no station");
    return rows[0];
  });
  const marker = randomUUID().slice(0, 8);
  await page.goto(`/s/${station.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("intake.station.title", { name: station.name }));
  const body = page.getByLabel(t("intake.station.body"), { exact: true });
  await page.getByRole("button", { name: t("public.submit.submitButton") }).click();
  await expect(page.getByText(t("workflow.submit.errors.bodyRequired"), { exact: true })).toBeVisible();
  await expect(body).toHaveAttribute("aria-invalid", "true");

  await body.fill(`村口路灯不亮 ${marker}\n晚上出行不便，希望尽快维修。`);
  await page.getByLabel(t("public.submit.name"), { exact: true }).fill("李大娘");
  await page.getByRole("button", { name: t("public.submit.submitButton") }).click();
  const number = page.getByTestId("tracking-number");
  await expect(number).toHaveText(TRACKING_PUBLIC, { timeout: 30_000 });
  const trackingNumber = (await number.textContent())?.trim() ?? "";
  expect(await count(`SELECT 1 FROM "Item" WHERE "trackingNumber" = $1 AND "stationId" = $2 AND "source" = 'PUBLIC_OPINION'`, [trackingNumber, station.id])).toBe(1);

  await page.getByRole("status").getByRole("link", { name: t("public.submit.doneTrackLink") }).click();
  await expect(page).toHaveURL(/\/track\?no=/);
  await expect(page.getByText(`村口路灯不亮 ${marker}`)).toBeVisible();
  await expect(page.getByText(t("public.track.stage.SUBMITTED"))).toBeVisible();
  await expect(page.locator("body")).not.toContainText("李大娘");

  // an unknown station: the not-found page, not a form
  const missing = await page.goto("/s/0190a0b0-0000-7000-8000-000000000000");
  expect(missing?.status()).toBe(404);
});

import { randomInt, randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, test } from "./support/fixtures";
import { signIn, signOut } from "./support/auth";
import { t } from "./support/catalog";
import { withDb } from "./support/db";
import { formatTrackingNumber } from "../../src/domain/tracking-number";

/**
 * Issue 3, the item lists: staff filter and search the register, see the overdue escalation,
 * download the filtered list as .xlsx (parsed back here) and open a printable form; a unit of
 * another committee sees only its own items, in the list, the export and the print pages.
 * The items are written straight into the e2e database (a tag keeps them apart from other specs).
 */
const tag = randomUUID().slice(0, 8);
const DAY = 86_400_000;
type TSeeded = { id: string; tracking: string; title: string };
let overdueItem: TSeeded;
let submittedItem: TSeeded;
let xiangchengItem: TSeeded;

async function insertItem(db: import("pg").Client, o: { title: string; source: string; stage: string; committeeUser: string; unitUser?: string; deadline?: Date; history: string[] }): Promise<TSeeded> {
  const { rows: c } = await db.query<{ committeeId: string }>(`SELECT "committeeId" FROM "User" WHERE "username" = $1`, [o.committeeUser]);
  const unit = o.unitUser ? (await db.query<{ unitId: string }>(`SELECT "unitId" FROM "User" WHERE "username" = $1`, [o.unitUser])).rows[0]?.unitId : null;
  const id = randomUUID();
  const tracking = formatTrackingNumber({ source: o.source === "PUBLIC_OPINION" ? "PUBLIC_OPINION" : "DEPUTY_SUGGESTION", year: 2026, sequence: randomInt(900_000, 999_999) });
  await db.query(
    `INSERT INTO "Item" ("id", "trackingNumber", "source", "title", "body", "committeeId", "stage", "leadUnitId", "deadline", "idempotencyKey", "updatedAt")
     VALUES ($1, $2, $3::"ItemSource", $4, $5, $6, $7::"ItemStage", $8, $9, $10, now())`,
    [id, tracking, o.source, o.title, `e2e 列表测试内容 ${tag}`, c[0]?.committeeId, o.stage, unit, o.deadline ?? null, randomUUID().replaceAll("-", "")],
  );
  if (unit) await db.query(`INSERT INTO "ItemUnit" ("itemId", "unitId", "role") VALUES ($1, $2, 'LEAD')`, [id, unit]);
  const stages: Record<string, [string | null, string]> = { submit: [null, "SUBMITTED"], accept: ["SUBMITTED", "ACCEPTED"], assign: ["ACCEPTED", "ASSIGNED"], signFor: ["ASSIGNED", "HANDLING"] };
  let at = Date.now() - 200 * DAY;
  for (const action of o.history) {
    const [from, to] = stages[action] ?? [null, "SUBMITTED"];
    at += DAY;
    await db.query(
      `INSERT INTO "ItemHistory" ("id", "itemId", "at", "action", "fromStage", "toStage", "round") VALUES ($1, $2, $3, $4, $5::"ItemStage", $6::"ItemStage", 1)`,
      [randomUUID(), id, new Date(at), action, from, to],
    );
  }
  return { id, tracking, title: o.title };
}

test.beforeAll(async () => {
  await withDb(async (db) => {
    overdueItem = await insertItem(db, {
      title: `e2e 红薯收购点建议 ${tag}`,
      source: "DEPUTY_SUGGESTION",
      stage: "HANDLING",
      committeeUser: "staff",
      unitUser: "ny-unit",
      deadline: new Date(Date.now() - 10 * DAY),
      history: ["submit", "accept", "assign", "signFor"],
    });
    submittedItem = await insertItem(db, { title: `e2e 小区积水 ${tag}`, source: "PUBLIC_OPINION", stage: "SUBMITTED", committeeUser: "staff", history: ["submit"] });
    xiangchengItem = await insertItem(db, {
      title: `e2e 襄城红薯 ${tag}`,
      source: "DEPUTY_SUGGESTION",
      stage: "ASSIGNED",
      committeeUser: "xc-staff",
      unitUser: "unit",
      deadline: new Date(Date.now() + 60 * DAY),
      history: ["submit", "accept", "assign"],
    });
  });
});

async function seriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

async function rowsOf(buffer: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(t("itemLists.export.sheet"));
  const out: string[][] = [];
  sheet?.eachRow((row, n) => {
    if (n > 1) out.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ""))));
  });
  return out;
}

test("staff filter and search the register, see the overdue ranking, export the list and print a form", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, "staff");
  // links fetch their page when followed: no prefetch per visible link (each would run the layout on the server)
  const prefetches: string[] = [];
  page.on("request", (r) => void (r.headers()["next-router-prefetch"] ? prefetches.push(r.url()) : undefined));
  await page.goto("/items");
  await page.waitForLoadState("networkidle");
  expect(prefetches).toEqual([]);

  // escalation: the overdue count links to the overdue items and their ranking by lead unit
  const panel = page.getByTestId("overdue-panel");
  await expect(panel.getByText(t("itemLists.escalation.title"), { exact: true })).toBeVisible();
  await panel.getByRole("link", { name: t("itemLists.escalation.link"), exact: true }).click();
  await expect(page).toHaveURL(/[?&]overdue=ANY/);
  await expect(page.getByRole("table", { name: t("itemLists.escalation.rankingTitle") })).toBeVisible();
  await expect(page.getByRole("link", { name: t("itemLists.escalation.view", { unit: "南阳市农业农村局" }), exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: overdueItem.tracking, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: submittedItem.tracking, exact: true })).toHaveCount(0);
  expect(await seriousViolations(page), "the register with its filters, banner and ranking").toEqual([]);

  // keyword search (Chinese, two terms) and a stage filter, all in the URL
  await page.goto("/items");
  await page.getByLabel(t("itemLists.filter.q"), { exact: true }).fill(`红薯 ${tag}`);
  await page.getByLabel(t("itemLists.filter.stage"), { exact: true }).selectOption("HANDLING");
  await page.getByRole("button", { name: t("itemLists.filter.submit"), exact: true }).click();
  await expect(page).toHaveURL(/stage=HANDLING/);
  expect(new URL(page.url()).searchParams.get("q")).toBe(`红薯 ${tag}`);
  await expect(page.getByText(t("items.total", { total: 1 }), { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: overdueItem.tracking, exact: true })).toBeVisible();
  await expect(page.getByText(t("itemLists.flag.REPLY"), { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: xiangchengItem.tracking, exact: true }), "another committee's item").toHaveCount(0);

  // the same search by the public opinion's words finds only it
  await page.goto(`/items?q=${encodeURIComponent(`积水 ${tag}`)}`);
  await expect(page.getByText(t("items.total", { total: 1 }), { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: submittedItem.tracking, exact: true })).toBeVisible();

  // the export of the filtered list downloads as .xlsx with a Chinese name and holds that list
  await page.goto(`/items?q=${encodeURIComponent(tag)}`);
  await expect(page.getByText(t("items.total", { total: 2 }), { exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t("itemLists.export.link"), exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${t("itemLists.export.filename")}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const rows = await rowsOf(await readFile(path));
  expect(rows.map((r) => r[0]).sort()).toEqual([overdueItem.tracking, submittedItem.tracking].sort());
  expect(rows.find((r) => r[0] === overdueItem.tracking)?.[1]).toBe(overdueItem.title);

  // the item page links the forms that apply; the assignment notice prints on A4
  await page.getByRole("link", { name: overdueItem.tracking, exact: true }).click();
  await expect(page.getByRole("link", { name: t("itemLists.print.forms.evaluation") })).toHaveCount(0);
  await page.getByRole("link", { name: t("itemLists.print.forms.assignment"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${overdueItem.id}/print/assignment$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("itemLists.print.forms.assignment"));
  await expect(page.getByText("南阳市农业农村局", { exact: true }).first()).toBeVisible();
  const hasPageRule = await page.evaluate(() =>
    [...document.styleSheets].some((s) => {
      try {
        return [...s.cssRules].some((r) => /^@page/i.test(r.cssText) && /\ba4\b/i.test(r.cssText));
      } catch {
        return false;
      }
    }),
  );
  expect(hasPageRule, "an @page rule for A4").toBe(true);
  expect(await seriousViolations(page), "the printable form").toEqual([]);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: t("itemLists.print.print"), exact: true })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  // a form whose step has not begun says so
  await page.goto(`/items/${overdueItem.id}/print/evaluation`);
  await expect(page.getByText(t("itemLists.print.notYet", { form: t("itemLists.print.forms.evaluation") }), { exact: true })).toBeVisible();
  await page.goto("/items");
  await signOut(page);
});

test("a unit sees, exports and prints only its own items; a deputy may not export", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, "unit");
  await page.goto(`/items?q=${encodeURIComponent(tag)}`);
  await expect(page.getByText(t("items.total", { total: 1 }), { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: xiangchengItem.tracking, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: overdueItem.tracking, exact: true })).toHaveCount(0);
  await expect(page.getByTestId("overdue-panel")).toHaveCount(0);

  const exported = await page.request.get(`/items/export?q=${encodeURIComponent(tag)}`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment; filename="items-[\d-]+\.xlsx"; filename\*=UTF-8''/);
  expect((await rowsOf(await exported.body())).map((r) => r[0])).toEqual([xiangchengItem.tracking]);
  // asking for another unit's items by its lead unit gives nothing
  const { rows } = await withDb((db) => db.query<{ unitId: string }>(`SELECT "unitId" FROM "User" WHERE "username" = 'ny-unit'`));
  const foreign = await page.request.get(`/items/export?unit=${rows[0]?.unitId ?? ""}`);
  expect(await rowsOf(await foreign.body())).toEqual([]);

  const print = await page.goto(`/items/${overdueItem.id}/print/collection`);
  expect(print?.status()).toBe(404);
  await expect(page.getByText(overdueItem.title)).toHaveCount(0);
  await page.goto(`/items/${xiangchengItem.id}/print/collection`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("itemLists.print.forms.collection"));
  await page.goto("/items");
  await signOut(page);

  await signIn(page, "deputy");
  await page.goto("/items");
  await expect(page.getByRole("link", { name: t("itemLists.export.link"), exact: true })).toHaveCount(0);
  const refused = await page.request.get("/items/export");
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toBe(t("itemLists.export.denied"));
});

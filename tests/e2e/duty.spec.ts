import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signIn, signOut } from "./support/auth";
import { t } from "./support/catalog";
import { withDb } from "./support/db";
import { pngBytes } from "../factories/png";

/**
 * Issue 5 item 7: a deputy records an activity with a photo, staff confirm it, and its points
 * appear in the deputy's archive and in the printed annual report (print media, A4). On the way,
 * bad input (a future date, a 20 MB photo) is refused next to its field and saves nothing.
 */
const shanghaiDay = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function recordsAt(place: string): Promise<number> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "DutyRecord" WHERE "place" = $1`, [place]);
    return Number(rows[0]?.n ?? 0);
  });
}

async function totalPoints(page: import("@playwright/test").Page): Promise<number> {
  return Number((await page.getByTestId("total-points").textContent())?.trim());
}

test("a deputy's record with a photo, confirmed by staff, counts in the archive and the printed report", async ({ page }) => {
  test.setTimeout(120_000);
  const place = `e2e 视察地点 ${randomUUID().slice(0, 8)}`;
  const year = shanghaiDay(0).slice(0, 4);

  // the deputy: archive before, then the form
  await signIn(page, "deputy");
  await page.goto("/duty");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("duty.records.title"));
  const archiveHref = (await page.getByRole("link", { name: t("duty.records.archiveLink"), exact: true }).getAttribute("href")) ?? "";
  expect(archiveHref).toMatch(/^\/duty\/archive\/[0-9a-f-]{36}$/);
  await page.goto(archiveHref);
  const before = await totalPoints(page);

  await page.goto("/duty/new");
  await page.getByLabel(t("duty.record.type"), { exact: true }).selectOption({ label: t("duty.type.INSPECTION") });
  await page.getByLabel(t("duty.record.date"), { exact: true }).fill(shanghaiDay(1));
  await page.getByLabel(t("duty.record.place"), { exact: true }).fill(place);
  await page.getByLabel(t("duty.record.description"), { exact: true }).fill("参加城区水污染防治工作视察，提出意见 3 条。");
  const photo = page.getByLabel(t("duty.record.photo"), { exact: true });
  const submit = page.getByRole("button", { name: t("duty.record.submit"), exact: true });

  // a 20 MB photo is refused at once, next to the field, and never sent
  // (from a file on disk: a 20 MB buffer over the protocol is slow on a busy machine)
  const big = path.join(mkdtempSync(path.join(os.tmpdir(), "duty-e2e-")), "big.png");
  writeFileSync(big, Buffer.concat([Buffer.from(pngBytes()), Buffer.alloc(20 * 1024 * 1024)]));
  await photo.setInputFiles(big);
  await expect(page.getByText(t("duty.errors.photoTooLarge"), { exact: true })).toBeVisible();
  await expect(photo).toHaveAttribute("aria-invalid", "true");

  // a future date is refused by the server, next to the date, and nothing is saved
  await photo.setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: Buffer.from(pngBytes(80, 60)) });
  await submit.click();
  await expect(page.getByText(t("duty.errors.dateFuture"), { exact: true })).toBeVisible();
  await expect(page.getByLabel(t("duty.record.date"), { exact: true })).toHaveAttribute("aria-invalid", "true");
  expect(await recordsAt(place)).toBe(0);

  await page.getByLabel(t("duty.record.date"), { exact: true }).fill(shanghaiDay(-1));
  await photo.setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: Buffer.from(pngBytes(80, 60)) });
  await submit.click();
  await expect(page).toHaveURL(/\/duty\/records\/[0-9a-f-]{36}\?done=saved$/);
  const recordPath = new URL(page.url()).pathname;
  await expect(page.getByText(t("duty.record.submittedDone"), { exact: true })).toBeVisible();
  await expect(page.getByText(t("duty.status.SUBMITTED"), { exact: true })).toBeVisible();
  const img = page.getByRole("img", { name: t("duty.record.photoAlt", { n: 1 }) });
  await expect(img).toBeVisible();
  // visible is not loaded: wait until the browser has the picture (its width is 0 until then)
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(80);
  expect(await recordsAt(place)).toBe(1);
  await signOut(page);

  // staff of the deputy's committee find it among the records awaiting confirmation and confirm it
  await signIn(page, "staff");
  await page.goto("/duty/review");
  await expect(page.getByRole("cell", { name: place })).toBeVisible();
  await page.goto(recordPath);
  await page.getByRole("button", { name: t("duty.record.confirm"), exact: true }).click();
  await expect(page).toHaveURL(/\?done=confirmed$/);
  await expect(page.getByText(t("duty.record.confirmed"), { exact: true })).toBeVisible();
  await expect(page.getByText(t("duty.status.CONFIRMED"), { exact: true })).toBeVisible();

  // staff see the points in the deputy's archive (inspection: 4 points under the default rules)
  await page.goto(`${archiveHref}?year=${year}`);
  expect(await totalPoints(page)).toBe(before + 4);
  await expect(page.getByRole("cell", { name: place })).toBeVisible();
  await signOut(page);

  // the deputy's own archive, and the annual report as printed
  await signIn(page, "deputy");
  await page.goto(archiveHref);
  expect(await totalPoints(page)).toBe(before + 4);
  await page.getByRole("link", { name: t("duty.archive.report"), exact: true }).click();
  await expect(page).toHaveURL(/\/duty\/report\/[0-9a-f-]{36}\?year=\d{4}$/);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(year);
  await expect(page.getByRole("cell", { name: place })).toBeVisible();
  expect(await totalPoints(page)).toBe(before + 4);
  // the portal's chrome and the print button are not on paper
  await expect(page.getByRole("button", { name: t("duty.report.print"), exact: true })).toBeHidden();
  await expect(page.getByRole("navigation", { name: t("common.mainNavigation"), exact: true })).toBeHidden();
  await expect(page.getByRole("button", { name: t("common.signOut"), exact: true })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("button", { name: t("duty.report.print"), exact: true })).toBeVisible();

  // the export is a real .xlsx
  const download = page.waitForEvent("download");
  await page.goto(archiveHref);
  await page.getByRole("link", { name: t("duty.archive.export"), exact: true }).click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 2).toString("latin1")).toBe("PK");
});

test("published deputy stories are public, without an account", async ({ page }) => {
  await page.goto("/public/stories");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("duty.stories.title"));
  await expect(page.getByRole("heading", { level: 2, name: "一颗红薯带富一方群众" })).toBeVisible();
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
}

test("the duty pages have no serious or critical accessibility violation", async ({ page }) => {
  test.setTimeout(360_000); // axe over long tables (the ranking lists every deputy) is slow on a shared machine
  await signIn(page, "deputy");
  for (const path of ["/duty", "/duty/new", "/duty/study", "/duty/training", "/duty/learning"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.goto("/duty/archive");
  await expect(page).toHaveURL(/\/duty\/archive\/[0-9a-f-]{36}$/);
  expect(await seriousViolations(page), "archive").toEqual([]);
  await signOut(page);
  await signIn(page, "staff");
  for (const path of ["/duty/review", "/duty/attendance", "/duty/rules", "/duty/ranking", "/duty/stories"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

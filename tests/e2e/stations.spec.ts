import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signIn, signOut } from "./support/auth";
import { t } from "./support/catalog";
import { withDb } from "./support/db";
import { BASE_URL } from "./support/settings";

/**
 * Issue 4 (stations part): a station manager publishes a reception day that residents then see on
 * the station's public page (no account); that page's QR code opens /s/<stationId> (the one-click
 * form itself is the loop-intake branch's: a resident submitting through it is verified after the
 * merge); a visitor record becomes a loop item that the committee's staff find in /items.
 */
const STATION = "城关镇人大代表联络站";

async function stationId(): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT "id"::text AS id FROM "LiaisonStation" WHERE "name" = $1`, [STATION]);
    if (!rows[0]) throw new Error(`no station ${STATION}`);
    return rows[0].id;
  });
}

/** A day key in Shanghai, `days` after today. */
function shanghaiDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function openWorkspace(page: Page, id: string) {
  await page.goto("/station");
  await page.getByRole("link", { name: t("stations.workspace", { name: STATION }), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/stations/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(STATION);
}

test("a station manager publishes a reception day that appears on the public station page", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const id = await stationId();
  const day = shanghaiDay(9);
  const slot = { start: "14:10", end: "16:40" };

  await signIn(page, "station");
  await openWorkspace(page, id);
  await page.getByRole("link", { name: t("stations.reception.publish"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/stations/${id}/reception/new$`));

  // no deputy chosen: refused, with the message next to the deputies
  await page.getByLabel(t("stations.reception.date"), { exact: true }).fill(day);
  await page.getByLabel(t("stations.reception.startTime"), { exact: true }).fill(slot.start);
  await page.getByLabel(t("stations.reception.endTime"), { exact: true }).fill(slot.end);
  await page.getByRole("button", { name: t("stations.reception.publish") }).click();
  await expect(page.getByText(t("stations.errors.dutyDeputies"), { exact: true })).toBeVisible();
  // what was typed is still there after the refusal
  await expect(page.getByLabel(t("stations.reception.startTime"), { exact: true })).toHaveValue(slot.start);

  const deputies = page.getByRole("group", { name: t("stations.reception.deputies") }).getByRole("checkbox");
  await deputies.first().check();
  const dutyName = (await deputies.first().locator("xpath=..").textContent())?.trim() ?? "";
  expect(dutyName).not.toBe("");
  await page.getByLabel(t("stations.reception.date"), { exact: true }).fill(day);
  await page.getByLabel(t("stations.reception.startTime"), { exact: true }).fill(slot.start);
  await page.getByLabel(t("stations.reception.endTime"), { exact: true }).fill(slot.end);
  await page.getByRole("button", { name: t("stations.reception.publish") }).click();
  await expect(page).toHaveURL(new RegExp(`/stations/${id}\\?month=${day.slice(0, 7)}&published=1$`));
  await expect(page.getByText(t("stations.published"), { exact: true })).toBeVisible();

  // a resident without an account
  const resident = await browser.newContext({ baseURL: BASE_URL, locale: "zh-CN" });
  try {
    const pub = await resident.newPage();
    await pub.goto(`/public/stations/${id}?month=${day.slice(0, 7)}`);
    await expect(pub).toHaveURL(new RegExp(`/public/stations/${id}`));
    await expect(pub.getByRole("heading", { level: 1 })).toHaveText(STATION);
    const cell = pub.locator(`td[data-day="${day}"]`);
    await expect(cell.getByTestId("reception-entry").filter({ hasText: `${slot.start}–${slot.end}` })).toContainText(dutyName);
  } finally {
    await resident.close();
  }
});

test("the public station page shows a server-made QR code whose target is the station's /s/<id> form", async ({ page }) => {
  const id = await stationId();
  await page.goto(`/public/stations/${id}`);
  const qr = page.getByTestId("station-qr");
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute("alt", t("stations.public.qrAlt", { name: STATION }));
  const target = `${BASE_URL}/s/${id}`;
  await expect(qr).toHaveAttribute("data-qr-target", target);
  await expect(page.getByTestId("station-form-link")).toHaveAttribute("href", target);
  const src = (await qr.getAttribute("src")) ?? "";
  expect(src.startsWith("data:image/svg+xml;base64,")).toBe(true);
  const svg = Buffer.from(src.split(",")[1] ?? "", "base64").toString("utf8");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain("<path");
  // an unknown station has no public page
  const missing = await page.goto(`/public/stations/${randomUUID()}`);
  expect(missing?.status()).toBe(404);
});

test("a visitor record becomes a loop item that the committee's staff see in /items", async ({ page }) => {
  test.setTimeout(90_000);
  const id = await stationId();
  const subject = `e2e 来访 ${randomUUID().slice(0, 8)}`;

  await signIn(page, "station");
  await openWorkspace(page, id);
  await page.goto(`/stations/${id}/visits/new`);
  const day = page.getByLabel(t("stations.visits.day"), { exact: true });
  await day.selectOption({ index: 1 });
  await page.getByLabel(t("stations.visits.visitor"), { exact: true }).fill("张大爷");
  await page.getByLabel(t("stations.visits.subject"), { exact: true }).fill(subject);
  await page.getByLabel(t("stations.visits.content"), { exact: true }).fill("东街小区路灯坏了两个月，晚上出行不便。");
  await page.getByRole("button", { name: t("stations.visits.submit"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/stations/${id}\\?raised=`));
  const tracking = decodeURIComponent(new URL(page.url()).searchParams.get("raised") ?? "");
  expect(tracking).toMatch(/^[A-Z]{2}-\d{4}-\d{6}-[0-9A-Z]$/);
  await expect(page.getByText(t("stations.raised", { trackingNumber: tracking }), { exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: subject })).toBeVisible();
  await signOut(page);

  await signIn(page, "xc-staff");
  await page.goto("/items");
  await page.getByRole("row").filter({ hasText: subject }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
  await expect(page.getByText(tracking).first()).toBeVisible();
  await expect(page.getByText(t("workflow.source.STATION_VISIT"), { exact: true }).first()).toBeVisible();
});

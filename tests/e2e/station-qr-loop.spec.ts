import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/auth";
import { t } from "./support/catalog";
import { withDb } from "./support/db";

/**
 * Issue 4 line 9, last sentence, end to end: a resident opens a station's public page, follows the
 * link its QR code encodes, submits an opinion on the station's own form, and the committee's staff
 * then find that item in their register (the county's committee: a township has none of its own).
 */
const STATION = "城关镇人大代表联络站";

test("a resident follows a station's QR link, submits an opinion, and 襄城 staff see it in /items", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const id = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT "id"::text AS id FROM "LiaisonStation" WHERE "name" = $1 LIMIT 1`, [STATION]);
    if (!rows[0]) throw new Error(`no ${STATION} in the demo data`);
    return rows[0].id;
  });
  const marker = `二维码${randomUUID().slice(0, 6)}`;
  // every spec submits from 127.0.0.1: start this one with the address's allowance unused
  await withDb((db) => db.query(`DELETE FROM "RateLimiterFlexible" WHERE "key" LIKE 'publicSubmitPer%'`));

  const resident = await browser.newContext();
  try {
    const pub = await resident.newPage();
    await pub.goto(`/public/stations/${id}`);
    const target = (await pub.getByTestId("station-qr").getAttribute("data-qr-target")) ?? "";
    expect(new URL(target).pathname).toBe(`/s/${id}`);
    await pub.getByTestId("station-form-link").click();
    await expect(pub).toHaveURL(new RegExp(`/s/${id}$`));
    await pub.getByLabel(t("intake.station.body"), { exact: true }).fill(`${marker} 城关镇东街路灯损坏\n夜间出行不便，请尽快维修。`);
    await pub.getByRole("button", { name: t("public.submit.submitButton") }).click();
    await expect(pub.getByTestId("tracking-number")).toBeVisible({ timeout: 30_000 });
  } finally {
    await resident.close();
  }

  await signIn(page, "xc-staff");
  await page.goto(`/items?q=${encodeURIComponent(marker)}`);
  await expect(page.getByRole("row").filter({ hasText: marker })).toHaveCount(1);
});

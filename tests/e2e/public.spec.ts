import { randomInt, randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { formatTrackingNumber } from "../../src/domain/tracking-number";
import { expect, test } from "./support/fixtures";
import { t } from "./support/catalog";
import { withDb } from "./support/db";

/**
 * Issue 3 #5: the public side without an account. A resident submits at /submit and gets a
 * tracking number, finds the item at /track (nothing personal shown); the JSON route answers the
 * sixth rapid submission from one client with 429 and Retry-After. Serial: the per-address
 * counter is shared by every request from this machine.
 */
test.describe.configure({ mode: "serial" });

const TRACKING = /MY-\d{4}-\d{6}-[0-9A-Z]/;
const UNKNOWN = formatTrackingNumber({ source: "PUBLIC_OPINION", year: 2026, sequence: 999_999 });
const freshPhone = () => `13${randomInt(3, 10)}${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

/** Forget this machine's public counters, so the test does not depend on what ran before it. */
async function resetPublicCounters(): Promise<void> {
  await withDb((db) => db.query(`DELETE FROM "RateLimiterFlexible" WHERE "key" LIKE 'publicSubmitPer%' OR "key" LIKE 'trackLookupPerIp%'`));
}

async function committeeId(): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT "id" FROM "StandingCommittee" ORDER BY "name" LIMIT 1`);
    if (!rows[0]) throw new Error("no standing committee in the e2e database");
    return rows[0].id;
  });
}

test.beforeAll(resetPublicCounters);

test("a resident submits at /submit without an account, gets a tracking number and finds the item at /track", async ({ page }) => {
  test.setTimeout(60_000);
  const title = `e2e 民意 ${randomUUID().slice(0, 8)}`;
  const phone = freshPhone();

  await page.goto("/submit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("public.submit.title"));
  await expect(page.getByRole("main")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // a blank form is refused with messages next to the fields
  await page.getByRole("button", { name: t("public.submit.submitButton") }).click();
  await expect(page.getByText(t("workflow.submit.errors.titleRequired"))).toBeVisible();
  await expect(page.getByText(t("workflow.submit.errors.bodyRequired"))).toBeVisible();
  await expect(page.getByLabel(t("public.submit.body"), { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel(t("public.submit.committee"), { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(t("public.submit.itemTitle"), { exact: true }).fill(title);
  await page.getByLabel(t("public.submit.body"), { exact: true }).fill("学校门口早晚高峰拥堵，希望增设交通协管员。");
  await page.getByLabel(t("public.submit.phone"), { exact: true }).fill("12345");
  await page.getByRole("button", { name: t("public.submit.submitButton") }).click();
  await expect(page.getByText(t("pii.phone.length"))).toBeVisible();
  await expect(page.getByLabel(t("public.submit.itemTitle"), { exact: true })).toHaveValue(title);

  await page.getByLabel(t("public.submit.phone"), { exact: true }).fill(phone);
  await page.getByRole("button", { name: t("public.submit.submitButton") }).click();
  const number = page.getByTestId("tracking-number");
  await expect(number).toHaveText(TRACKING);
  await expect(page.getByText(t("public.submit.doneKeep"))).toBeVisible();
  const trackingNumber = (await number.textContent())?.trim() ?? "";

  // stored once, the phone only encrypted
  const rows = await withDb((db) => db.query<{ contactCipher: string | null }>(`SELECT "contactCipher" FROM "Item" WHERE "title" = $1`, [title]));
  expect(rows.rows).toHaveLength(1);
  expect(rows.rows[0]?.contactCipher).toMatch(/^v1\./);
  expect(rows.rows[0]?.contactCipher).not.toContain(phone);

  // the status page, reached by the link and by typing the number (lower case, spaces)
  await page.getByRole("main").getByRole("link", { name: t("public.submit.doneTrackLink") }).click();
  await expect(page).toHaveURL(/\/track\?no=/);
  await expect(page.getByRole("heading", { level: 2, name: t("public.track.resultTitle") })).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();
  await expect(page.getByText(t("public.track.stage.SUBMITTED"))).toBeVisible();
  await expect(page.locator("body")).not.toContainText(phone);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/track");
  await page.getByLabel(t("public.track.numberLabel"), { exact: true }).fill(trackingNumber.toLowerCase().replaceAll("-", " "));
  await page.getByRole("button", { name: t("public.track.lookUp") }).click();
  await expect(page.getByText(title)).toBeVisible();

  // a mistyped number gets a hint next to the field; an unknown one "未找到"
  const typo = `${trackingNumber.slice(0, -1)}${trackingNumber.endsWith("0") ? "1" : "0"}`;
  await page.goto(`/track?no=${encodeURIComponent(typo)}`);
  await expect(page.getByText(t("public.track.malformed"))).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/track?no=${encodeURIComponent(UNKNOWN)}`);
  await expect(page.getByText(t("public.track.notFound"))).toBeVisible();
});

test("the JSON route answers 201, 400 with field errors, and 429 with Retry-After on the sixth rapid POST", async ({ request }) => {
  await resetPublicCounters();
  const committee = await committeeId();
  const body = (over: Record<string, unknown> = {}) => ({
    committeeId: committee,
    title: `e2e 接口 ${randomUUID().slice(0, 8)}`,
    body: "接口提交的民意诉求。",
    phone: freshPhone(),
    idempotencyKey: randomUUID(),
    ...over,
  });

  const bad = await request.post("/api/public/submissions", { data: body({ phone: "12345", role: "ADMIN" }) });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: "invalid", fieldErrors: { _form: [t("actions.unknownField")] } });

  const statuses: number[] = [];
  let last = await request.post("/api/public/submissions", { data: body() });
  for (let i = 0; i < 6; i++) {
    if (i > 0) last = await request.post("/api/public/submissions", { data: body() });
    statuses.push(last.status());
    if (i === 0) expect(await last.json()).toMatchObject({ trackingNumber: expect.stringMatching(TRACKING) });
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  expect(Number(last.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await last.json()).toMatchObject({ error: "rateLimited", message: expect.stringContaining("分钟后再试") });

  expect((await request.get(`/api/public/track?no=${encodeURIComponent(UNKNOWN)}`)).status()).toBe(404);
  expect((await request.get("/api/public/track?no=MY-2026-12")).status()).toBe(400);
});

import { expect, test } from "./support/fixtures";
import { startAppInstance, startCuttableProxy, type TAppInstance, type TCuttableProxy } from "./support/app-instance";
import { attemptLogin, loginError, signIn, signOut } from "./support/auth";
import { t } from "./support/catalog";
import { randomUUID } from "node:crypto";
import { createAccount, databaseUrl, throttleOf, withDb } from "./support/db";
import { E2E_PORT } from "./support/settings";
import { formatTrackingNumber } from "../../src/domain/tracking-number";

/**
 * Two more app servers on the suite's database (issue 8 items 3 and 5): A directly, B through a
 * TCP proxy the test cuts to stop "the database" mid-run. Both trust one proxy hop (TRUST_PROXY=1),
 * so each test can act from an address of its own. State lives in the database, so what one
 * instance knows (sessions, lockouts, rate limits) the other knows too.
 */
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

let a: TAppInstance;
let b: TAppInstance;
let proxy: TCuttableProxy;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  proxy = await startCuttableProxy(databaseUrl());
  [a, b] = await Promise.all([
    startAppInstance(E2E_PORT + 101, databaseUrl(), { TRUST_PROXY: "1", LVZHI_JOBS_INTERVAL_SECONDS: "2" }),
    startAppInstance(E2E_PORT + 102, proxy.url, { TRUST_PROXY: "1", LVZHI_JOBS_INTERVAL_SECONDS: "2" }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await proxy?.close();
});

const from = (ip: string) => ({ "X-Forwarded-For": ip });
// well formed (a malformed number is answered before the limit is consulted) and never issued
const UNKNOWN_NUMBER = formatTrackingNumber({ source: "PUBLIC_OPINION", year: 2026, sequence: 999_999 });

test("a session begun on one instance works on the other, and signing out on one ends it on both", async ({ browser }) => {
  const onA = await browser.newContext({ baseURL: a.url });
  const onB = await browser.newContext({ baseURL: b.url });
  try {
    const page = await onA.newPage();
    await signIn(page, "staff");
    await onB.addCookies(await onA.cookies());
    const pageB = await onB.newPage();
    await pageB.goto("/home");
    await expect(pageB).toHaveURL(/\/home$/);
    await signOut(pageB);
    await page.goto("/home");
    await expect(page).toHaveURL(/\/login/);
  } finally {
    await Promise.all([onA.close(), onB.close()]);
  }
});

test("failures on two instances add up to one lockout", async ({ browser }) => {
  const username = await createAccount("e2e-2inst", "TwoInst#Right2026");
  const onA = await browser.newContext({ baseURL: a.url, extraHTTPHeaders: from("198.51.100.21") });
  const onB = await browser.newContext({ baseURL: b.url, extraHTTPHeaders: from("198.51.100.22") });
  try {
    const pa = await onA.newPage();
    const pb = await onB.newPage();
    await pa.goto("/login");
    await pb.goto("/login");
    for (let i = 0; i < 3; i++) await attemptLogin(pa, username, "Wrong#Password2026");
    for (let i = 0; i < 2; i++) await attemptLogin(pb, username, "Wrong#Password2026");
    await expect(loginError(pb, "login.errors.LOCKED")).toBeVisible();
    expect((await throttleOf(username))?.failures).toBe(5);
    await attemptLogin(pa, username, "TwoInst#Right2026");
    await expect(loginError(pa, "login.errors.LOCKED")).toBeVisible();
  } finally {
    await Promise.all([onA.close(), onB.close()]);
  }
});

test("a rate limit counts requests on both instances together (429 at the shared limit)", async ({ request }) => {
  const ip = `198.51.100.${30 + Math.floor(Math.random() * 200)}`;
  const statuses: number[] = [];
  for (let i = 0; i < 32; i++) {
    const base = i % 2 === 0 ? a.url : b.url;
    const res = await request.get(`${base}/api/public/track?no=${UNKNOWN_NUMBER}`, { headers: from(ip) });
    statuses.push(res.status());
  }
  // 30 look-ups per address per minute (src/domain/rate-limits.ts), wherever they land
  expect(statuses.slice(0, 30).every((s) => s !== 429)).toBe(true);
  expect(statuses.slice(30)).toEqual([429, 429]);
});

test("the scheduled job runs on both instances every 2 s, and each overdue alert and notice exists once", async () => {
  const itemId = randomUUID();
  const tag = randomUUID().slice(0, 8);
  await withDb(async (db) => {
    const unit = await db.query<{ id: string; committeeId: string }>(`SELECT "id", "committeeId" FROM "HandlingUnit" WHERE "name" = '襄城县教育局' LIMIT 1`);
    const u = unit.rows[0];
    if (!u) throw new Error("demo unit 襄城县教育局 missing");
    await db.query(
      `INSERT INTO "Item" ("id", "trackingNumber", "source", "title", "body", "committeeId", "stage", "leadUnitId", "deadline", "idempotencyKey", "updatedAt")
       VALUES ($1, $2, 'ON_BEHALF', $3, '两实例定时任务测试', $4, 'HANDLING', $5, now() - interval '3 days', $6, now())`,
      [itemId, `JD-2020-${tag.replace(/[^0-9]/g, "0").slice(0, 6).padEnd(6, "0")}-0`, `定时任务 ${tag}`, u.committeeId, u.id, `jobs-${tag}`],
    );
    await db.query(`INSERT INTO "ItemUnit" ("itemId", "unitId", "role") VALUES ($1, $2, 'LEAD')`, [itemId, u.id]);
  });
  const counts = () =>
    withDb(async (db) => {
      const alerts = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "LoopAlert" WHERE "itemId" = $1`, [itemId]);
      const notes = await db.query<{ n: string; d: string }>(
        `SELECT count(*)::text AS n, count(DISTINCT ("userId", "kind"))::text AS d FROM "Notification" WHERE "itemId" = $1`,
        [itemId],
      );
      return { alerts: Number(alerts.rows[0]?.n), notes: Number(notes.rows[0]?.n), distinct: Number(notes.rows[0]?.d) };
    });
  await expect.poll(async () => (await counts()).alerts, { timeout: 30_000 }).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 8_000)); // several more runs on each instance
  const after = await counts();
  expect(after.notes).toBeGreaterThan(0);
  expect(after.notes).toBe(after.distinct);
  const again = await counts();
  expect(again).toEqual(after);
});

test("database down: pages answer a clear 503, health says so, nothing opens; it recovers by itself", async ({ browser, request }) => {
  const ctx = await browser.newContext({ baseURL: b.url });
  try {
    const page = await ctx.newPage();
    await signIn(page, "staff");
    await proxy.cut();
    await expect.poll(async () => (await request.get(`${b.url}/api/health`)).status(), { timeout: 15_000 }).toBe(503);
    const health = await (await request.get(`${b.url}/api/health`)).json();
    expect(health).toMatchObject({ status: "unavailable", database: "down" });

    await expect.poll(async () => (await request.get(`${b.url}/home`, { maxRedirects: 0 })).status(), { timeout: 10_000 }).toBe(503);
    const res = await page.goto("/items");
    expect(res?.status()).toBe(503);
    await expect(page.getByRole("heading", { name: t("errors.unavailableTitle"), exact: true })).toBeVisible();
    await expect(page.getByText(t("errors.unavailable"), { exact: true })).toBeVisible();
    // a server action posted meanwhile is not run (and not answered with success)
    const action = await request.post(`${b.url}/admin/users`, { headers: { "Next-Action": "0".repeat(42), Origin: b.url }, data: "[]" });
    expect(action.status()).toBe(503);
    // the other instance, whose connection is intact, is unaffected
    expect((await request.get(`${a.url}/api/health`)).status()).toBe(200);

    await proxy.restore();
    await expect.poll(async () => (await request.get(`${b.url}/api/health`)).status(), { timeout: 30_000 }).toBe(200);
    await expect.poll(async () => (await page.goto("/home"))?.status(), { timeout: 15_000 }).toBe(200);
    await expect(page).toHaveURL(/\/home$/);
  } finally {
    await ctx.close();
  }
});

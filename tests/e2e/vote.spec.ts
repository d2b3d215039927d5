import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/auth";
import { t } from "./support/catalog";
import { createAccount, withDb } from "./support/db";
import { DEMO_PASSWORD } from "./support/settings";

/**
 * Issue 7 #6: a vote from opening to certificate. Staff open the 2026 ballot of the demo plan
 * (南阳, five of eight candidates); three deputies vote — one first ticks too many and is told so
 * next to the field; staff close the ballot; the certificate shows the tally. Voting twice and
 * voting after close are refused with a Chinese message.
 */
const PLAN = "2026年南阳市民生实事项目";
const C = ["老旧小区改造提升", "白河支流水环境综合治理", "城区中小学扩容增位", "社区嵌入式养老服务", "农村供水保障提升", "红薯等特色农产品冷链仓储"];

/** Two more deputies of the 南阳 congress with accounts (the demo seed has one deputy account). */
async function newNanyangDeputy(): Promise<string> {
  const username = await createAccount("e2e-vote", DEMO_PASSWORD, "DEPUTY");
  await withDb(async (db) => {
    const { rows } = await db.query<{ committeeId: string; regionId: string; userId: string }>(
      `SELECT c."id" AS "committeeId", c."regionId", u."id" AS "userId" FROM "StandingCommittee" c JOIN "Region" r ON r."id" = c."regionId", "User" u
       WHERE r."code" = '411300' AND u."username" = $1`,
      [username],
    );
    const row = rows[0]!;
    await db.query(
      `INSERT INTO "Deputy" ("id", "name", "gender", "level", "committeeId", "termNumber", "regionId", "userId", "updatedAt")
       VALUES ($1, $2, 'FEMALE', 'PREFECTURAL', $3, 8, $4, $5, now())`,
      [randomUUID(), `测试代表${username.slice(-4)}`, row.committeeId, row.regionId, row.userId],
    );
  });
  return username;
}

async function openPlan(page: Page): Promise<string> {
  await page.goto("/livelihood");
  await page.getByRole("link", { name: PLAN, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PLAN);
  return new URL(page.url()).pathname;
}

async function vote(browser: Browser, username: string, planPath: string, choices: string[], tooManyFirst = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, username);
    await page.goto(planPath);
    await page.getByRole("link", { name: t("livelihood.vote.go"), exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("livelihood.vote.title"));
    if (tooManyFirst) {
      for (const c of C) await page.getByLabel(c, { exact: true }).check();
      await page.getByRole("button", { name: t("livelihood.vote.submit"), exact: true }).click();
      await expect(page.getByText(t("livelihood.vote.errors.tooMany"), { exact: true })).toBeVisible();
    }
    for (const c of choices) await page.getByLabel(c, { exact: true }).check();
    await page.getByRole("button", { name: t("livelihood.vote.submit"), exact: true }).click();
    await expect(page.getByText(t("livelihood.vote.alreadyVoted"), { exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
}

test("staff open the ballot, three deputies vote in secret, staff close it and the certificate shows the tally", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const [second, third] = [await newNanyangDeputy(), await newNanyangDeputy()];

  await signIn(page, "staff");
  const planPath = await openPlan(page);
  await expect(page.locator('[aria-current="step"]')).toHaveText(t("livelihood.stage.DELIBERATION"));
  await page.getByRole("button", { name: t("livelihood.step.openBallot"), exact: true }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveText(t("livelihood.stage.VOTING"));
  const issued = await withDb(async (db) => {
    const { rows } = await db.query<{ n: number }>(`SELECT "eligibleCount" AS n FROM "LivelihoodBallotSession" s JOIN "LivelihoodPlan" p ON p."id" = s."planId" WHERE p."title" = $1`, [PLAN]);
    return rows[0]!.n;
  });
  await expect(page.getByText(t("livelihood.vote.progress", { issued, cast: 0 }), { exact: true })).toBeVisible();

  await vote(browser, "deputy", planPath, [C[0]!, C[1]!, C[2]!], true);
  await vote(browser, second, planPath, [C[0]!, C[1]!, C[3]!]);
  await vote(browser, third, planPath, [C[0]!, C[2]!, C[4]!]);

  await page.reload();
  await expect(page.getByText(t("livelihood.vote.progress", { issued, cast: 3 }), { exact: true })).toBeVisible();
  await page.getByRole("button", { name: t("livelihood.step.closeBallot"), exact: true }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveText(t("livelihood.stage.SUPERVISION"));
  await page.getByRole("link", { name: t("livelihood.cert.link"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("livelihood.cert.heading", { year: 2026 }));

  const figure = (key: string) => page.getByRole("row", { name: new RegExp(`^${t(key).replace(/[()（）]/g, ".")}`) }).getByRole("cell");
  await expect(figure("livelihood.cert.issued")).toHaveText(String(issued));
  await expect(figure("livelihood.cert.cast")).toHaveText("3");
  await expect(figure("livelihood.cert.valid")).toHaveText("3");
  await expect(figure("livelihood.cert.invalid")).toHaveText("0");
  const votes = page.getByRole("table", { name: t("livelihood.cert.votes") });
  const rowOf = (title: string) => votes.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title, exact: true }) });
  await expect(rowOf(C[0]!)).toContainText(`3${t("livelihood.cert.outcome.CHOSEN")}`);
  await expect(rowOf(C[1]!)).toContainText(`2${t("livelihood.cert.outcome.CHOSEN")}`);
  await expect(rowOf(C[2]!)).toContainText(`2${t("livelihood.cert.outcome.CHOSEN")}`);
  await expect(rowOf(C[3]!)).toContainText(`1${t("livelihood.cert.outcome.NOT_CHOSEN")}`);
  await expect(page.getByText(t("livelihood.cert.unfilled", { seats: 2 }), { exact: true })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: C[0]! })).toBeVisible();
  // nothing on the certificate names a voter
  await expect(page.getByText(/测试代表|e2e-vote/)).toHaveCount(0);

  // the ballot is closed now: the deputy's page says so and offers no form
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await signIn(latePage, "deputy");
  await latePage.goto(`${planPath}/ballot`);
  await expect(latePage.getByText(t("livelihood.vote.notOpen"), { exact: true })).toBeVisible();
  await late.close();

  // the database holds three ballots and three turnout rows, and no ballot names anyone
  const counts = await withDb(async (db) => {
    const { rows } = await db.query<{ b: string; r: string }>(
      `SELECT (SELECT count(*) FROM "LivelihoodBallot" b JOIN "LivelihoodBallotSession" s ON s."id" = b."sessionId" JOIN "LivelihoodPlan" p ON p."id" = s."planId" WHERE p."title" = $1)::text AS b,
              (SELECT count(*) FROM "LivelihoodTurnout" r JOIN "LivelihoodBallotSession" s ON s."id" = r."sessionId" JOIN "LivelihoodPlan" p ON p."id" = s."planId" WHERE p."title" = $1)::text AS r`,
      [PLAN],
    );
    return rows[0]!;
  });
  expect(counts).toEqual({ b: "3", r: "3" });
});

test("a resident proposes a candidate project without an account while the collection is open", async ({ page }) => {
  test.setTimeout(60_000);
  const title = `e2e 民生项目 ${randomUUID().slice(0, 6)}`;
  await page.goto("/public/livelihood");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("livelihood.public.title"));
  const form = page.getByRole("form", { name: t("livelihood.public.title") });
  await form.getByRole("button", { name: t("livelihood.public.submit"), exact: true }).click();
  await expect(form.getByText(t("livelihood.candidate.errors.title"), { exact: true })).toBeVisible();
  await form.getByLabel(t("livelihood.candidate.title"), { exact: true }).fill(title);
  await form.getByLabel(t("livelihood.candidate.description"), { exact: true }).fill("小区门口路段夜间照明不足。");
  await form.getByRole("button", { name: t("livelihood.public.submit"), exact: true }).click();
  await expect(form.getByText(t("livelihood.public.thanks"), { exact: true })).toBeVisible();
  const stored = await withDb(async (db) => {
    const { rows } = await db.query<{ source: string; year: number }>(
      `SELECT c."source", p."year" FROM "LivelihoodCandidate" c JOIN "LivelihoodPlan" p ON p."id" = c."planId" WHERE c."title" = $1`,
      [title],
    );
    return rows;
  });
  expect(stored).toEqual([{ source: "PUBLIC", year: 2027 }]);
});

import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signIn, signOut } from "./support/auth";
import { t } from "./support/catalog";
import { withDb } from "./support/db";

/**
 * Issue 3 (first pages of the loop): a deputy submits a suggestion through /items/new and gets its
 * tracking number; the committee's staff find it in /items and accept it, after which the page
 * offers them 交办; a unit of another committee is told the item does not exist (404).
 */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

async function itemsTitled(title: string): Promise<number> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Item" WHERE "title" = $1`, [title]);
    return Number(rows[0]?.n ?? 0);
  });
}

const TRACKING = /^JY-\d{4}-\d{6}-[0-9A-Z]$/;

test("a deputy submits a suggestion, staff accept it, a unit of another committee gets 404", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `e2e 建议 ${randomUUID().slice(0, 8)}`;

  // the deputy: the list, then the form (refusing a blank form with messages next to the fields)
  await signIn(page, "deputy");
  await page.goto("/items");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("items.listTitle"));
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: t("items.newLink"), exact: true }).click();
  await expect(page).toHaveURL(/\/items\/new$/);
  expect(await seriousViolations(page)).toEqual([]);

  const titleField = page.getByLabel(t("items.form.title"), { exact: true });
  const bodyField = page.getByLabel(t("items.form.body"), { exact: true });
  const submit = page.getByRole("button", { name: t("items.form.submit"), exact: true });
  await submit.click();
  await expect(page.getByText(t("workflow.submit.errors.titleRequired"), { exact: true })).toBeVisible();
  await expect(titleField).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(page)).toEqual([]);

  await titleField.fill(title);
  await bodyField.fill("建议在乡镇增设红薯收购点，方便群众销售。");
  await submit.dblclick();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}\?submitted=1$/);
  const itemPath = new URL(page.url()).pathname;
  const tracking = (await page.getByTestId("tracking-number").textContent())?.trim() ?? "";
  expect(tracking).toMatch(TRACKING);
  await expect(page.getByText(t("items.submitted", { trackingNumber: tracking }), { exact: true })).toBeVisible();
  await expect(page.getByText(t("workflow.stage.SUBMITTED"), { exact: true })).toBeVisible();
  expect(await itemsTitled(title), "a double submit creates one item").toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
  await signOut(page);

  // staff of the same committee: find it in the register and accept it; a second, stale tab is told
  // that someone else acted first
  await signIn(page, "staff");
  await page.goto(`/items?stage=SUBMITTED`);
  await page.getByRole("link", { name: tracking, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${itemPath}$`));
  const stale = await page.context().newPage();
  await stale.goto(itemPath);
  await page.getByRole("button", { name: t("workflow.action.accept"), exact: true }).click();
  await expect(page.getByText(t("items.done", { action: t("workflow.action.accept") }), { exact: true })).toBeVisible();
  await expect(page.getByText(t("workflow.stage.ACCEPTED"), { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: t("workflow.action.accept"), exact: true })).toHaveCount(0);
  await stale.getByRole("button", { name: t("workflow.action.accept"), exact: true }).click();
  await expect(stale.getByText(t("workflow.errors.conflict"), { exact: true })).toBeVisible();
  await stale.close();

  // 交办 is offered now; without a lead unit it is refused next to the field, with one it goes through
  const assign = page.getByRole("button", { name: t("workflow.action.assign"), exact: true });
  await expect(assign).toBeVisible();
  const leadUnit = page.getByLabel(t("items.actions.leadUnit"), { exact: true });
  expect(await seriousViolations(page)).toEqual([]);
  await assign.click();
  await expect(page.getByText(t("workflow.errors.leadUnitRequired"), { exact: true })).toBeVisible();
  await expect(leadUnit).toHaveAttribute("aria-invalid", "true");
  const lead = "南阳市农业农村局";
  await leadUnit.selectOption({ label: lead });
  const coUnits = page.getByLabel(t("items.actions.coUnits"), { exact: true });
  const coName = (await coUnits.locator("option").allTextContents()).find((name) => name !== lead) ?? "";
  expect(coName, "the committee has a second unit").not.toBe("");
  await coUnits.selectOption({ label: coName });
  await assign.click();
  await expect(page.getByText(t("items.done", { action: t("workflow.action.assign") }), { exact: true })).toBeVisible();
  await expect(page.getByText(t("items.detail.withRole", { name: coName, role: t("items.detail.co") }))).toBeVisible();
  await expect(page.getByText(t("workflow.stage.ASSIGNED"), { exact: true }).first()).toBeVisible();
  await signOut(page);

  // the lead unit finds it in its inbox and signs for it
  await signIn(page, "ny-unit");
  await page.goto("/items");
  await page.getByRole("link", { name: tracking, exact: true }).click();
  await page.getByRole("button", { name: t("workflow.action.signFor"), exact: true }).click();
  await expect(page.getByText(t("workflow.stage.HANDLING"), { exact: true }).first()).toBeVisible();
  await signOut(page);

  // a unit of another committee: the item does not exist for it
  await signIn(page, "unit");
  const response = await page.goto(itemPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: t("errors.notFoundTitle"), exact: true })).toBeVisible();
  await expect(page.getByText(tracking)).toHaveCount(0);
});

test("staff record an opinion on someone's behalf; the submitter's name is required", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/items/new");
  await page.getByLabel(t("items.form.title"), { exact: true }).fill(`e2e 代录 ${randomUUID().slice(0, 8)}`);
  await page.getByLabel(t("items.form.body"), { exact: true }).fill("群众反映村道路灯损坏。");
  await page.getByRole("button", { name: t("items.form.submit"), exact: true }).click();
  await expect(page.getByText(t("workflow.submit.errors.nameRequired"), { exact: true })).toBeVisible();
  const name = page.getByLabel(t("items.form.submitterName"), { exact: true });
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("王先生");
  await page.getByRole("button", { name: t("items.form.submit"), exact: true }).click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}\?submitted=1$/);
  await expect(page.getByTestId("tracking-number")).toHaveText(/^DL-\d{4}-\d{6}-[0-9A-Z]$/);
  await expect(page.getByText("王先生", { exact: true })).toBeVisible();
});

test("the item list falls back to all stages on a bad filter and shows its empty state", async ({ page }) => {
  await signIn(page, "leader");
  const bad = await page.goto("/items?stage=NOPE&page=abc");
  expect(bad?.status()).toBe(200);
  await expect(page.getByLabel(t("items.filter.stage"), { exact: true })).toHaveValue("");
  await expect(page.getByRole("link", { name: t("items.newLink"), exact: true })).toHaveCount(0);
  await page.goto("/items?stage=MERGED&page=999");
  await expect(page.getByText(t("items.empty"), { exact: true })).toBeVisible();
});

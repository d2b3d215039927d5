import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { mainNav, signIn } from "./support/auth";
import { t } from "./support/catalog";

/**
 * Issue 6: the leader opens the dashboard (数据驾驶舱), switches a chart to its table view, and
 * drills down from a figure to the list behind it, which shows the same count.
 */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

test("the leader switches a chart to its table and drills down to a list of the same count", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "leader");
  await mainNav(page).getByRole("link", { name: t("nav.dashboard"), exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("dashboard.pageTitle"));
  await expect(page.getByText(/^数据更新于 \d{2}:\d{2}$/)).toBeVisible();

  const card = page.locator('[data-figure="deputiesByLevel"]');
  const title = t("dashboard.figures.deputiesByLevel");
  await expect(card.getByRole("heading", { name: title })).toBeVisible();
  await expect(card.getByRole("img")).toBeVisible(); // the chart
  await card.getByRole("button", { name: t("dashboard.view.switchToTable", { title }) }).click();
  const table = card.getByRole("table");
  await expect(table).toBeVisible();
  await expect(card.getByRole("img")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // the prefectural deputies of 南阳: the number in the table, then the list behind it
  const row = table.getByRole("row", { name: new RegExp(t("enums.deputyLevel.PREFECTURAL")) });
  const link = row.getByRole("link");
  const shown = Number(await link.innerText());
  expect(shown).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/dashboard\/list\?figure=deputies&key=PREFECTURAL/);
  await expect(page.getByTestId("drill-total")).toHaveAttribute("data-total", String(shown));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(Math.min(shown, 50) + 1);

  // back, filtered to the county level: the prefectural figure is gone, and the items total drills down alike
  await page.goto("/dashboard?level=COUNTY");
  const total = page.locator('[data-figure="total"]');
  await total.getByRole("button", { name: t("dashboard.view.switchToTable", { title: t("dashboard.figures.total") }) }).click();
  const totalLink = total.getByRole("table").getByRole("link");
  const n = Number(await totalLink.innerText());
  await totalLink.click();
  await expect(page.getByTestId("drill-total")).toHaveAttribute("data-total", String(n));
});

test("a deputy is refused the dashboard", async ({ page }) => {
  await signIn(page, "deputy");
  const denied = await page.goto("/dashboard");
  expect(denied?.status()).toBe(403);
});

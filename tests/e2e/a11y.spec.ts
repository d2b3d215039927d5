import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { DEMO_ACCOUNTS } from "./support/accounts";
import { loginForm, signIn } from "./support/auth";

/** Issue 2 #8: axe-core finds no serious or critical WCAG 2 A/AA violation on /login and each home page. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

test("the login page has no serious or critical accessibility violation", async ({ page }) => {
  await page.goto("/login");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the login page with an error shown has no serious or critical accessibility violation", async ({ page }) => {
  await page.goto("/login");
  await loginForm(page).submit.click();
  await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const { role, username } of DEMO_ACCOUNTS) {
  test(`the home page of ${role} has no serious or critical accessibility violation`, async ({ page }) => {
    await signIn(page, username);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

/** Beyond the minimum: the form pages of the foundation and the 403 page. */
const MORE_PAGES = [
  { username: "admin", path: "/admin/users", status: 200 },
  { username: "deputy", path: "/account", status: 200 },
  { username: "auditor", path: "/audit", status: 200 },
  { username: "deputy", path: "/admin/users", status: 403 },
] as const;

for (const { username, path, status } of MORE_PAGES) {
  test(`${path} as ${username} (${status}) has no serious or critical accessibility violation`, async ({ page }) => {
    await signIn(page, username);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the phone layout with the menu open has no serious or critical accessibility violation", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "staff");
  await page.locator("summary").first().click();
  expect(await seriousViolations(page)).toEqual([]);
});

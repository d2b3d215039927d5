import { expect, test } from "./support/fixtures";
import { mainNav, signIn, signOut } from "./support/auth";
import { navLabelsFor, t } from "./support/catalog";

/** Issue 2 #6: usable on a phone (390×844): sign in, read the home page, reach every nav entry. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });

async function noHorizontalScroll(page: import("@playwright/test").Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page must not scroll sideways").toBeLessThanOrEqual(1);
}

test("on a phone, the login form fits the screen and signs in", async ({ page }) => {
  await page.goto("/login");
  await noHorizontalScroll(page);
  for (const name of [t("login.username"), t("login.password")]) {
    const box = await page.getByLabel(name, { exact: true }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.height, "touch target").toBeGreaterThanOrEqual(36);
  }
  await signIn(page, "deputy");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await noHorizontalScroll(page);
});

test("on a phone, the navigation is folded into the menu and every entry is reachable", async ({ page }) => {
  await signIn(page, "staff");
  const nav = mainNav(page);
  await expect(nav).toBeHidden();

  const menu = page.locator("summary").filter({ hasText: t("common.menu") });
  await expect(menu).toBeVisible();
  await menu.tap();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link")).toHaveText(navLabelsFor("STAFF"));

  await nav.getByRole("link", { name: t("nav.deputies"), exact: true }).tap();
  await expect(page).toHaveURL(/\/deputies$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await noHorizontalScroll(page);
  // the menu closes after navigating and opens again
  await expect(nav).toBeHidden();
  await menu.tap();
  await expect(nav.getByRole("link", { name: t("nav.deputies"), exact: true })).toHaveAttribute("aria-current", "page");

  await signOut(page);
});

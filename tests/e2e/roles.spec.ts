import { expect, test } from "./support/fixtures";
import { DEMO_ACCOUNTS } from "./support/accounts";
import { mainNav, signIn, signOut } from "./support/auth";
import { foreignNavLabels, navHrefsFor, navLabelsFor, t } from "./support/catalog";
import { displayNameOf } from "./support/db";

/**
 * Issue 2 #8: each role signs in through /login and sees exactly its own navigation — computed from
 * navigationFor(role) and the zh-CN catalog, the sources the app renders from — and its home page.
 */
for (const { role, username } of DEMO_ACCOUNTS) {
  test(`${role} (${username}) signs in, sees exactly its own navigation and home page, and signs out`, async ({ page }) => {
    const expected = navLabelsFor(role);
    expect(expected.length, "every role has at least home and account").toBeGreaterThanOrEqual(2);

    await signIn(page, username);

    const nav = mainNav(page);
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link")).toHaveText(expected);
    for (const [i, href] of navHrefsFor(role).entries()) {
      await expect(nav.getByRole("link").nth(i)).toHaveAttribute("href", href);
    }
    const chrome = page.getByRole("banner").or(nav);
    for (const label of foreignNavLabels(role)) {
      await expect(chrome.getByRole("link", { name: label, exact: true }), `${role} must not see "${label}"`).toHaveCount(0);
    }
    await expect(nav.getByRole("link", { name: t("nav.home"), exact: true })).toHaveAttribute("aria-current", "page");

    const name = await displayNameOf(username);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("home.greeting", { name }));
    await expect(page.getByText(t("home.roleLine", { role: t(`roles.${role}`) }), { exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

    await signOut(page);
    const back = await page.goto("/home");
    expect(back?.status()).toBeLessThan(400);
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fhome$/);
  });
}

/** Issue 2 #5, security.md #7: a page of another role answers with the 403 page, not its content. */
const FORBIDDEN_VISITS = [
  { username: "deputy", role: "DEPUTY", path: "/admin/users" },
  { username: "admin", role: "ADMIN", path: "/deputies" },
  { username: "auditor", role: "AUDITOR", path: "/admin/users" },
  { username: "unit", role: "UNIT", path: "/audit" },
  { username: "station", role: "STATION_MANAGER", path: "/deputies" },
  { username: "staff", role: "STAFF", path: "/audit" },
] as const;

test.describe("a role visiting another role's page", () => {
  for (const visit of FORBIDDEN_VISITS) {
    test(`${visit.role} gets the 403 page at ${visit.path}`, async ({ page }) => {
      expect(navHrefsFor(visit.role), "the page must really be someone else's").not.toContain(visit.path);
      await signIn(page, visit.username);
      const response = await page.goto(visit.path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: t("errors.forbiddenTitle"), exact: true })).toBeVisible();
      await expect(page.getByText(t("errors.forbiddenBody"), { exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("errors.forbiddenTitle"));
      // the shell stays the caller's own: still signed in, still only their navigation
      await expect(mainNav(page).getByRole("link")).toHaveText(navLabelsFor(visit.role));
    });
  }
});

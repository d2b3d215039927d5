import { expect, type Cookie, type Page } from "@playwright/test";
import { t } from "./catalog";
import { DEMO_PASSWORD } from "./settings";
import { freshTotpCode, MFA_USERNAMES } from "./totp";

/** The sign-in form, found the way a person finds it: by its Chinese labels. */
export function loginForm(page: Page) {
  return {
    username: page.getByLabel(t("login.username"), { exact: true }),
    password: page.getByLabel(t("login.password"), { exact: true }),
    submit: page.getByRole("button", { name: t("login.submit"), exact: true }),
  };
}

/** Fills and submits /login (already open or not). Does not wait for the outcome. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login")) await page.goto("/login");
  const form = loginForm(page);
  await form.username.fill(username);
  await form.password.fill(password);
  await form.submit.click();
}

/**
 * One sign-in attempt that reaches the server: submits and waits for next-auth's answer, so that
 * consecutive attempts never overlap (the form ignores a submit while one is pending).
 */
export async function attemptLogin(page: Page, username: string, password: string): Promise<void> {
  const answered = page.waitForResponse(
    (r) => r.url().includes("/api/auth/callback/credentials") && r.request().method() === "POST",
  );
  await submitLogin(page, username, password);
  await answered;
  // The form clears the password and leaves its pending state only after it has read the answer.
  await expect(loginForm(page).submit).toBeEnabled();
}

/** The code step of /login (ADMIN, AUDITOR, LEADER): fills a fresh TOTP code and submits. */
export async function enterTotp(page: Page, username: string): Promise<void> {
  const code = page.getByLabel(t("login.totp"), { exact: true });
  await expect(code).toBeVisible({ timeout: 20_000 });
  await code.fill(await freshTotpCode(username));
  await loginForm(page).submit.click();
}

// A signed-in TOTP account's session cookie, reused by later tests of this worker: each code is
// accepted once per 30 seconds, and waiting for the next one in every test would cost minutes.
// A reused session that has ended (signed out, expired) is noticed on /home and replaced.
const mfaSessions = new Map<string, Cookie[]>();

async function reuseSession(page: Page, username: string): Promise<boolean> {
  const cookies = mfaSessions.get(username);
  if (!cookies) return false;
  await page.context().addCookies(cookies);
  await page.goto("/home");
  if (new URL(page.url()).pathname === "/home") return true;
  mfaSessions.delete(username);
  await page.context().clearCookies();
  return false;
}

/** Signs in through /login (with a TOTP code where the account needs one) and waits for the home page. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const mfa = MFA_USERNAMES.has(username) && password === DEMO_PASSWORD;
  if (mfa && (await reuseSession(page, username))) return;
  await page.goto("/login");
  await submitLogin(page, username, password);
  if (mfa) await enterTotp(page, username);
  await expect(page).toHaveURL(/\/home$/, { timeout: 20_000 });
  if (mfa) mfaSessions.set(username, (await page.context().cookies()).filter((c) => c.name.endsWith("lvzhi.session")));
}

/** The message the login form shows after a refused attempt. */
export function loginError(page: Page, key: string) {
  return page.getByText(t(key), { exact: true });
}

/** The visible main navigation (desktop sidebar, or the phone menu once opened). */
export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: t("common.mainNavigation"), exact: true });
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: t("common.signOut"), exact: true }).click();
  await expect(page).toHaveURL(/\/login(\?|$)/);
}

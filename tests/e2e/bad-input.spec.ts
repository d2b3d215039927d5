import type { APIRequestContext, Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { fillCreateUser } from "./support/admin";
import { attemptLogin, loginError, loginForm, signIn } from "./support/auth";
import { CHINESE, t } from "./support/catalog";
import { auditRowsFor, createAccount, passwordHashOf, userExists } from "./support/db";
import { BASE_URL } from "./support/settings";

/**
 * Issue 2 #9: bad input gets a clear Chinese message and never a 500 (the `guard` fixture fails a
 * test on any 5xx, uncaught page error or script dialog).
 */
const XSS = "<script>alert(1)</script>";
const SQL = "' OR 1=1 --";
const LONG = "x".repeat(10_000);

/** Forces a value past the field's maxlength, as a script (or an old browser) could send it. */
async function forceValue(locator: Locator, value: string) {
  await locator.evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.removeAttribute("maxlength");
    input.value = v;
  }, value);
}


test("an empty password is answered next to the field, in Chinese, without a request", async ({ page }) => {
  await page.goto("/login");
  const form = loginForm(page);
  await form.username.fill("deputy");
  await form.submit.click();
  const message = page.getByText(t("login.fieldErrors.passwordRequired"), { exact: true });
  await expect(message).toBeVisible();
  // tied to the field for screen readers
  const id = await message.getAttribute("id");
  expect(id).toBeTruthy();
  await expect(form.password).toHaveAttribute("aria-describedby", new RegExp(`\\b${id}\\b`));
  await expect(form.password).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/login$/);
});

test("an empty username and password are both named", async ({ page }) => {
  await page.goto("/login");
  await loginForm(page).submit.click();
  await expect(page.getByText(t("login.fieldErrors.usernameRequired"), { exact: true })).toBeVisible();
  await expect(page.getByText(t("login.fieldErrors.passwordRequired"), { exact: true })).toBeVisible();
});

test("a 10,000-character password typed into the form gets a Chinese message, not a 500", async ({ page }) => {
  await page.goto("/login");
  const form = loginForm(page);
  await form.username.fill("deputy");
  // The field caps what can be typed; force the whole value in as a script could.
  await forceValue(form.password, LONG);
  await form.submit.click();
  await expect(page.getByText(t("login.fieldErrors.passwordTooLong"), { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

/** Straight to next-auth's endpoint, skipping every check in the browser. */
async function postCredentials(request: APIRequestContext, username: string, password: string) {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { username, password, csrfToken: csrf.csrfToken, callbackUrl: `${BASE_URL}/home`, json: "true" },
    headers: { origin: BASE_URL },
    maxRedirects: 0,
  });
}

function errorCodeOf(response: { headers(): Record<string, string> }, body: string): string | null {
  const fromLocation = response.headers()["location"];
  const fromJson = body.startsWith("{") ? (JSON.parse(body) as { url?: string }).url : undefined;
  const url = fromLocation ?? fromJson;
  return url ? new URL(url, BASE_URL).searchParams.get("error") : null;
}

test("the server refuses a 10,000-character or empty password without reading it (INPUT), never a 500", async ({ request }) => {
  for (const password of [LONG, ""]) {
    const response = await postCredentials(request, "deputy", password);
    const body = await response.text();
    expect(response.status(), `password of ${password.length} characters`).toBeLessThan(500);
    expect(errorCodeOf(response, body)).toBe("INPUT");
    expect(t("login.errors.INPUT")).toMatch(CHINESE);
  }
  // the refused attempts are audited as input failures, not counted against the account
  const rows = await auditRowsFor("deputy");
  expect(rows.filter((r) => r.result === "FAILURE" && JSON.stringify(r.detail).includes('"input"')).length).toBeGreaterThanOrEqual(2);
});

for (const username of [XSS, SQL]) {
  test(`a username of ${JSON.stringify(username)} is just a wrong account name`, async ({ page }) => {
    await page.goto("/login");
    await attemptLogin(page, username, "Whatever#2026pass");
    await expect(loginError(page, "login.errors.INVALID")).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    // not executed, not interpreted: no new script element, still no session
    expect(await page.locator("script", { hasText: "alert(1)" }).count()).toBe(0);
    expect((await page.context().cookies()).some((c) => c.name.endsWith("lvzhi.session"))).toBe(false);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });
}

test("an SQL fragment as the password of a real account is a wrong password", async ({ page }) => {
  await page.goto("/login");
  await attemptLogin(page, "leader", SQL);
  await expect(loginError(page, "login.errors.INVALID")).toBeVisible();
});

test("HTML and SQL in a search field are searched for, not run", async ({ page }) => {
  await signIn(page, "staff");
  for (const q of [XSS, SQL, "%' --", LONG]) {
    const response = await page.goto(`/deputies?q=${encodeURIComponent(q)}`);
    expect(response?.status(), `q=${q.slice(0, 30)}`).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CHINESE);
  }
});

test("HTML in an admin form field gets a field message, and nothing is created", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const username = `e2e-xss-${Date.now().toString(36)}`;
  const form = await fillCreateUser(page, { username, displayName: XSS, role: "AUDITOR", password: "Xss#Attempt2026x" });
  await form.submit.click();
  await expect(form.form.getByText(t("admin.errors.displayNameChars"), { exact: true })).toBeVisible();
  await expect(form.displayName).toHaveAttribute("aria-invalid", "true");
  expect(await userExists(username)).toBe(false);
});

test("SQL in the admin's username field gets a field message, and nothing is created", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const form = await fillCreateUser(page, { username: SQL, displayName: "注入测试", role: "AUDITOR", password: "Sql#Attempt2026x" });
  await form.submit.click();
  await expect(form.form.getByText(t("admin.errors.usernameChars"), { exact: true })).toBeVisible();
  expect(await userExists(SQL)).toBe(false);
});

test("10,000-character passwords in the change-password form get Chinese field messages and change nothing", async ({ page }) => {
  const right = "Account#Test2026x";
  const username = await createAccount("e2e-acct", right, "DEPUTY");
  const before = await passwordHashOf(username);
  await signIn(page, username, right);
  await page.goto("/account");
  const current = page.getByLabel(t("account.currentPassword"), { exact: true });
  const next = page.getByLabel(t("account.newPassword"), { exact: true });
  const confirm = page.getByLabel(t("account.confirmPassword"), { exact: true });
  const save = page.getByRole("button", { name: t("account.save"), exact: true });

  // a 10,000-character current password: refused unread
  await forceValue(current, LONG);
  await forceValue(next, "Another#Pass2026x");
  await forceValue(confirm, "Another#Pass2026x");
  await save.click();
  await expect(page.getByText(t("account.errors.currentWrong"), { exact: true })).toBeVisible();

  // the right current password and a 10,000-character new one: the policy's maximum, in Chinese
  await current.fill(right);
  await forceValue(next, LONG);
  await forceValue(confirm, LONG);
  await save.click();
  await expect(page.getByText(t("password.tooLong"), { exact: true })).toBeVisible();

  expect(await passwordHashOf(username)).toBe(before);
  await expect(page).toHaveURL(/\/account$/);
});

for (const value of ["xx", "en-US", "%00%ff", "../../etc/passwd"]) {
  test(`an unknown locale cookie (NEXT_LOCALE=${value}) falls back to Chinese`, async ({ page, context }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value, url: BASE_URL }]);
    const response = await page.goto("/login");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("login.heading"));

    await attemptLogin(page, `e2e-nobody-${value.length}`, "not-the-password");
    await expect(loginError(page, "login.errors.INVALID")).toBeVisible();
  });
}

test("an unknown locale cookie on a signed-in page: still Chinese", async ({ page, context }) => {
  await signIn(page, "station");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "xx", url: BASE_URL }]);
  const response = await page.goto("/home");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("navigation", { name: t("common.mainNavigation") })).toContainText(t("nav.home"));
});

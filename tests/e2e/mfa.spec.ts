import { expect, test } from "./support/fixtures";
import { Secret, TOTP } from "otpauth";
import { fillCreateUser } from "./support/admin";
import { attemptLogin, enterTotp, loginForm, signIn } from "./support/auth";
import { t } from "./support/catalog";

test("a leader is asked for a code after the password; a wrong code is refused next to the field", async ({ page }) => {
  await page.goto("/login");
  await attemptLogin(page, "leader", "Lvzhi#Demo2026");
  await expect(page.getByText(t("login.errors.TOTP_REQUIRED"), { exact: true })).toBeVisible();
  const code = page.getByLabel(t("login.totp"), { exact: true });
  await code.fill("000000");
  await loginForm(page).submit.click();
  await expect(page.getByText(t("login.errors.TOTP_INVALID"), { exact: true })).toBeVisible();
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await enterTotp(page, "leader");
  await expect(page).toHaveURL(/\/home$/, { timeout: 20_000 });
});

test("a new auditor account enrols at its first sign-in by scanning the QR code", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const username = `e2e-aud-${Date.now().toString(36)}`;
  const password = "Enrol#Auditor2026";
  const form = await fillCreateUser(page, { username, displayName: "新审计员", role: "AUDITOR", password });
  await form.submit.click();
  await expect(page.getByText(t("admin.created"), { exact: true })).toBeVisible();

  const context = await browser.newContext();
  const fresh = await context.newPage();
  try {
    await fresh.goto("/login");
    await attemptLogin(fresh, username, password);
    await expect(fresh.getByText(t("login.errors.MFA_ENROLL"), { exact: true })).toBeVisible();
    await expect(fresh.getByRole("img", { name: t("login.enrolQrAlt") })).toBeVisible();
    const secret = (await fresh.getByTestId("totp-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    await fresh.getByLabel(t("login.totp"), { exact: true }).fill(code);
    await loginForm(fresh).submit.click();
    await expect(fresh).toHaveURL(/\/home$/, { timeout: 20_000 });
  } finally {
    await context.close();
  }
});

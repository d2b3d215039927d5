import type { Page } from "@playwright/test";
import { t } from "./catalog";

/** The "create account" form on /admin/users (the page also has a filter with a "role" select). */
export function createUserForm(page: Page) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: t("admin.create"), exact: true }) });
  return {
    form,
    username: form.getByLabel(t("admin.username"), { exact: true }),
    displayName: form.getByLabel(t("admin.displayName"), { exact: true }),
    role: form.getByLabel(t("admin.role"), { exact: true }),
    password: form.getByLabel(t("admin.initialPassword"), { exact: true }),
    submit: form.getByRole("button", { name: t("admin.create"), exact: true }),
  };
}

export async function fillCreateUser(page: Page, values: { username: string; displayName: string; role: string; password: string }) {
  const f = createUserForm(page);
  await f.username.fill(values.username);
  await f.displayName.fill(values.displayName);
  await f.role.selectOption(values.role);
  await f.password.fill(values.password);
  return f;
}

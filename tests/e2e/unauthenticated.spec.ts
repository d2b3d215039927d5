import type { APIRequestContext, Page, Request } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { fillCreateUser } from "./support/admin";
import { signIn, signOut } from "./support/auth";
import { t } from "./support/catalog";
import { countRows, userExists } from "./support/db";
import { BASE_URL } from "./support/settings";

/** Issue 2 #8, security.md #7: without a session, protected pages and server actions are refused. */

for (const path of ["/home", "/admin/users", "/deputies", "/audit", "/account"]) {
  test(`GET ${path} without a session redirects to /login`, async ({ page, request }) => {
    const raw = await request.get(path, { maxRedirects: 0 });
    expect(raw.status()).toBeGreaterThanOrEqual(300);
    expect(raw.status()).toBeLessThan(400);
    expect(new URL(raw.headers()["location"] ?? "", BASE_URL).pathname).toBe("/login");

    await page.goto(path);
    await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(path)}`);
    await expect(page.getByRole("heading", { name: t("login.heading"), exact: true })).toBeVisible();
  });
}

test("signing out ends the session on the server: a cookie copied before sign-out opens nothing", async ({ page, context, browser }) => {
  await signIn(page, "leader");
  const copied = (await context.cookies()).filter((c) => c.name.endsWith("lvzhi.session"));
  expect(copied).toHaveLength(1);
  await signOut(page);
  const replay = await browser.newContext();
  try {
    await replay.addCookies(copied);
    const raw = await replay.request.get("/home", { maxRedirects: 0 });
    expect([302, 303, 307, 308]).toContain(raw.status());
    expect(new URL(raw.headers()["location"] ?? "", BASE_URL).pathname).toBe("/login");
  } finally {
    await replay.close();
  }
});

test("a forged session cookie and the middleware-bypass header do not open a page (the page checks itself)", async ({ page, context }) => {
  // The proxy only looks for a cookie's presence; the page must judge the token itself (CVE-2025-29927).
  for (const name of ["__Secure-lvzhi.session", "lvzhi.session"]) {
    await context.clearCookies();
    await context.addCookies([{ name, value: "forged.not-a-jwt", domain: "127.0.0.1", path: "/", secure: true, httpOnly: true }]);
    await context.setExtraHTTPHeaders({ "x-middleware-subrequest": "middleware:proxy:src/proxy:middleware:middleware:middleware" });
    const raw = await context.request.get("/admin/users", { maxRedirects: 0 });
    expect([302, 303, 307, 308], name).toContain(raw.status());
    expect(new URL(raw.headers()["location"] ?? "", BASE_URL).pathname, name).toBe("/login");
    const html = await raw.text();
    expect(html, name).not.toContain("xc-staff");
    expect(html, name).not.toContain("ny-unit");
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers$/);
    await expect(page.getByRole("heading", { name: t("login.heading"), exact: true })).toBeVisible();
  }
});

type TCapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/**
 * Submits the admin's "create account" form for `username` but stops the request in the browser,
 * keeping what the browser would have sent: the real Next-Action id, the router headers and the
 * encoded form. Nothing reaches the server.
 */
async function captureCreateUser(page: Page, username: string, guard: { allowPageErrors(): void }): Promise<TCapturedAction> {
  // The aborted request makes the form's own promise reject in the page: expected here.
  guard.allowPageErrors();
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const form = await fillCreateUser(page, { username, displayName: "重放测试", role: "AUDITOR", password: "Replay#Test2026x" });

  let captured: TCapturedAction | undefined;
  await page.route("**/admin/users**", async (route, request: Request) => {
    const headers = await request.allHeaders();
    if (request.method() === "POST" && headers["next-action"]) {
      captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
      return;
    }
    await route.continue();
  });
  await form.submit.click();
  await expect.poll(() => captured !== undefined, { message: "the form posts a server action" }).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  if (!captured) throw new Error("unreachable");
  return captured;
}

/** Replays a captured action: same id, same body, same Origin — only the cookies are ours to choose. */
async function replay(request: APIRequestContext, action: TCapturedAction, cookie?: string) {
  const headers: Record<string, string> = {
    "next-action": action.headers["next-action"] ?? "",
    "content-type": action.headers["content-type"] ?? "",
    accept: action.headers["accept"] ?? "text/x-component",
    origin: BASE_URL,
  };
  if (action.headers["next-router-state-tree"]) headers["next-router-state-tree"] = action.headers["next-router-state-tree"];
  if (cookie) headers.cookie = cookie;
  return request.post(action.url, { headers, data: action.body, maxRedirects: 0 });
}

test("a real server action POSTed without a session is refused and changes nothing", async ({ page, playwright, guard }) => {
  const ghost = `e2e-ghost-${Date.now().toString(36)}`;
  const action = await captureCreateUser(page, ghost, guard);
  expect(action.headers["next-action"]).toMatch(/^[0-9a-f]{40,}$/);

  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  try {
    const usersBefore = await countRows("User");
    const refused = await replay(anonymous, action);
    const body = await refused.text();
    expect(refused.status()).toBeLessThan(500);
    expect(body).toContain("actions.signInAgain");
    expect(body).not.toContain("admin.created");
    expect(await userExists(ghost)).toBe(false);
    expect(await countRows("User")).toBe(usersBefore);

    // Control: the very same request WITH the admin's session does create the account, so the
    // refusal above was the missing session and not a malformed replay.
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const accepted = await replay(anonymous, action, cookie);
    expect(await accepted.text()).toContain("admin.created");
    expect(await userExists(ghost)).toBe(true);
  } finally {
    await anonymous.dispose();
  }
});

test("the same server action with another role's session is refused", async ({ page, browser, playwright, guard }) => {
  const ghost = `e2e-ghost-${Date.now().toString(36)}`;
  const action = await captureCreateUser(page, ghost, guard);

  const deputyContext = await browser.newContext();
  const deputyPage = await deputyContext.newPage();
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  try {
    await signIn(deputyPage, "deputy");
    const cookie = (await deputyContext.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const usersBefore = await countRows("User");
    const refused = await replay(api, action, cookie);
    const body = await refused.text();
    expect(refused.status()).toBeLessThan(500);
    expect(body).toContain("actions.forbidden");
    expect(await userExists(ghost)).toBe(false);
    expect(await countRows("User")).toBe(usersBefore);
  } finally {
    await api.dispose();
    await deputyContext.close();
  }
});

test("a server action from a foreign Origin, or with none, is refused even with a valid session", async ({ page, playwright, guard }) => {
  const ghost = `e2e-ghost-${Date.now().toString(36)}`;
  const action = await captureCreateUser(page, ghost, guard);
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  try {
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const send = (origin: string | null) =>
      api.post(action.url, {
        headers: {
          "next-action": action.headers["next-action"] ?? "",
          "content-type": action.headers["content-type"] ?? "",
          accept: "text/x-component",
          cookie,
          ...(origin ? { origin } : {}),
        },
        data: action.body,
        maxRedirects: 0,
      });
    // Next itself aborts an action whose Origin does not match the host.
    expect(await (await send("https://evil.example")).text()).not.toContain("admin.created");
    expect(await userExists(ghost)).toBe(false);
    // Next lets a missing Origin through with a warning; our action contract refuses it (security.md #15).
    const missing = await send(null);
    expect(missing.status()).toBeLessThan(500);
    expect(await missing.text()).toContain("actions.badOrigin");
    expect(await userExists(ghost)).toBe(false);
  } finally {
    await api.dispose();
  }
});

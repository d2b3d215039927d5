import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/auth";
import { DEMO_ACCOUNTS } from "./support/accounts";
import { BASE_URL } from "./support/settings";

/**
 * security.md #7 over EVERY route handler, found in the source tree (src/app/**\/route.ts), so a new
 * route is swept without anyone listing it: with no session, a protected route never answers 2xx
 * and nothing answers 5xx; with each role's session and forged ids, a route about one object never
 * answers 2xx (someone else's or nobody's object) and nothing answers 5xx.
 */
const PUBLIC_ROUTES = new Set(["/api/health", "/api/public/track", "/api/public/submissions"]);
const SKIP = new Set(["/api/auth/[...nextauth]"]); // next-auth's own endpoints (tested by the sign-in specs)

type TRoute = { pattern: string; methods: string[] };

function routes(dir = path.join(process.cwd(), "src/app")): TRoute[] {
  const out: TRoute[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...routes(full));
    else if (name === "route.ts") {
      const rel = path.relative(path.join(process.cwd(), "src/app"), path.dirname(full));
      const pattern = `/${rel.split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/")}`;
      const source = readFileSync(full, "utf8");
      const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => new RegExp(`export (async )?function ${m}\\b|export const ${m}\\b`).test(source));
      if (!SKIP.has(pattern)) out.push({ pattern, methods });
    }
  }
  return out;
}

const concrete = (pattern: string) => pattern.replace(/\[[^\]]+\]/g, () => randomUUID());
const aboutOneObject = (pattern: string) => /\[[^\]]+\]/.test(pattern);

async function hit(request: import("@playwright/test").APIRequestContext, method: string, url: string, cookie: string | null) {
  const res = await request.fetch(url, {
    method,
    headers: { Origin: BASE_URL, ...(cookie ? { Cookie: cookie } : {}) },
    ...(method === "GET" ? {} : { data: "" }),
    maxRedirects: 0,
  });
  return res.status();
}

test("every route handler: no session never opens a protected route, nothing answers 5xx", async ({ request }) => {
  const all = routes();
  expect(all.length).toBeGreaterThan(8);
  for (const r of all) {
    for (const method of r.methods) {
      const status = await hit(request, method, `${BASE_URL}${concrete(r.pattern)}`, null);
      expect(status, `${method} ${r.pattern}`).toBeLessThan(500);
      if (!PUBLIC_ROUTES.has(r.pattern)) expect(status >= 200 && status < 300, `${method} ${r.pattern} answered ${status}`).toBe(false);
    }
  }
});

test("every route handler about one object refuses forged ids from every role, and nothing answers 5xx", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const all = routes();
  for (const { username } of DEMO_ACCOUNTS) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signIn(page, username);
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      for (const r of all) {
        for (const method of r.methods) {
          const status = await hit(request, method, `${BASE_URL}${concrete(r.pattern)}`, cookie);
          expect(status, `${username}: ${method} ${r.pattern}`).toBeLessThan(500);
          if (aboutOneObject(r.pattern)) expect(status >= 200 && status < 300, `${username}: ${method} ${r.pattern} answered ${status}`).toBe(false);
        }
      }
    } finally {
      await context.close();
    }
  }
});

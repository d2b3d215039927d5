import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/auth";
import { DEMO_ACCOUNTS } from "./support/accounts";
import { BASE_URL } from "./support/settings";

/**
 * security.md #7 over EVERY exported server action, found in the build's own manifest (so a new
 * action is swept without anyone listing it): called directly — no page, the way an attacker
 * would — with no session and with each role's session, and with forged ids for every id-like
 * field. None may answer `ok: true` and none may fail with a 5xx. Actions meant for strangers are
 * named here on purpose; a new public action must be added consciously.
 */
const PUBLIC_ACTIONS = new Set(["setLocale", "submitPublicAction", "submitStationAction", "beginEnrolmentAction", "publicProposalAction"]);

type TAction = { id: string; name: string; file: string; page: string };

function actionsFromManifest(): TAction[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((w) => w.endsWith("/page")) ?? "app/(portal)/home/page";
    const page = `/${worker.replace(/^app\//, "").replace(/\/page$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s)).join("/")}`.replace(/\[[^\]]+\]/g, randomUUID());
    return { id, name: entry.exportedName ?? id, file: entry.filename ?? "?", page };
  });
}

const forged = () => {
  const id = randomUUID();
  return { id, itemId: id, userId: id, deputyId: id, stationId: id, unitId: id, leadUnitId: id, targetItemId: id, sessionId: id, version: "1", action: "accept", note: "伪造", reason: "伪造" };
};

/** How many parameters the exported action declares: (formData) or (previousState, formData). */
function arity(a: TAction): number {
  const source = readFileSync(path.join(process.cwd(), a.file), "utf8");
  const params = new RegExp(`export async function ${a.name}\\(([^)]*)\\)`).exec(source)?.[1] ?? "";
  return params.split(",").filter((p) => p.trim()).length;
}

/**
 * Posts the action the way React posts a form action (multipart: "0" holds the encoded arguments,
 * previous state and a reference to the form; the form's fields carry the "1_" prefix), with the
 * forged fields.
 */
async function call(request: import("@playwright/test").APIRequestContext, a: TAction, cookie: string | null) {
  const multipart: Record<string, string> = { "0": JSON.stringify(arity(a) === 1 ? ["$K1"] : [{ ok: false }, "$K1"]) };
  for (const [k, v] of Object.entries(forged())) multipart[`1_${k}`] = v;
  const res = await request.post(`${BASE_URL}${a.page === "/" ? "/home" : a.page}`, {
    headers: { "Next-Action": a.id, Origin: BASE_URL, Accept: "text/x-component", ...(cookie ? { Cookie: cookie } : {}) },
    multipart,
    maxRedirects: 0,
  });
  return { status: res.status(), body: await res.text() };
}

/**
 * Posts the action the way a direct call from a script does: the arguments as one JSON body, not a
 * form. `args` is what the action receives after its previous state (or alone, for an action that
 * takes only its form): a plain object, a string, a list, null.
 */
async function callDirect(request: import("@playwright/test").APIRequestContext, a: TAction, cookie: string | null, args: unknown) {
  const res = await request.post(`${BASE_URL}${a.page === "/" ? "/home" : a.page}`, {
    headers: { "Next-Action": a.id, Origin: BASE_URL, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", ...(cookie ? { Cookie: cookie } : {}) },
    data: JSON.stringify(arity(a) === 1 ? [args] : [{ ok: false }, args]),
    maxRedirects: 0,
  });
  return { status: res.status(), body: await res.text() };
}

const DIRECT_ARGS: readonly unknown[] = [{ ...forged(), title: "a\u0000b" }, "not a form", [forged()], null, 7];

const ok = /"ok"\s*:\s*true/;
/** Actions about no object at all, which the roles named may legitimately run with any input. */
const OBJECTLESS: Record<string, readonly string[]> = { verifyChainAction: ["auditor"] };

test("every server action refuses a caller without a session", async ({ request }) => {
  const actions = actionsFromManifest().filter((a) => !PUBLIC_ACTIONS.has(a.name));
  expect(actions.length).toBeGreaterThan(5);
  for (const a of actions) {
    const r = await call(request, a, null);
    expect(r.status, `${a.name} (${a.file})`).toBeLessThan(500);
    expect(r.body, `${a.name} (${a.file})`).not.toMatch(ok);
  }
});

test("every server action refuses forged ids from every role", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const actions = actionsFromManifest().filter((a) => !PUBLIC_ACTIONS.has(a.name));
  for (const { username } of DEMO_ACCOUNTS) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signIn(page, username);
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      for (const a of actions) {
        const r = await call(request, a, cookie);
        expect(r.status, `${username}: ${a.name} (${a.file})`).toBeLessThan(500);
        if (OBJECTLESS[a.name]?.includes(username)) continue;
        expect(r.body, `${username}: ${a.name} (${a.file})`).not.toMatch(ok);
      }
    } finally {
      await context.close();
    }
  }
});

test("every server action answers a direct call whose arguments are not a form without a 5xx", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const actions = actionsFromManifest();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, "staff");
    const staff = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    for (const a of actions) {
      for (const cookie of [null, staff]) {
        for (const args of DIRECT_ARGS) {
          const r = await callDirect(request, a, cookie, args);
          const what = `${cookie ? "staff" : "no session"}: ${a.name} (${a.file}) with ${JSON.stringify(args)}`;
          expect(r.status, what).toBeLessThan(500);
          if (!PUBLIC_ACTIONS.has(a.name)) expect(r.body, what).not.toMatch(ok);
        }
      }
    }
  } finally {
    await context.close();
  }
});

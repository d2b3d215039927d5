import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/helpers/test-db";
import { seedLoopWorld } from "../../tests/factories/items";
import { seedVoteWorld } from "../../tests/factories/livelihood";
import { seedStationWorld } from "../../tests/factories/intake";
import { testContext } from "../../tests/factories/users";
import { ActionRefusal } from "./actions";
import { authenticate } from "./auth/authenticate";
import { submitItem } from "./items/commands";
import { createPlan } from "./livelihood/plans";
import { proposePublic } from "./livelihood/public";
import { trackItem } from "./public/track";
import { submitStationOpinion } from "./public/submit";
import { beginEnrolment } from "./auth/enrolment";

const db = useTestDatabase();

/**
 * Issue 8's fuzz pass (security.md #7, #8, #17): naughty strings through what a stranger can
 * reach — the public submission, the tracking look-up, the sign-in. Whatever arrives, the answer is
 * a refusal or a success, never an unexpected exception (a 500), and nothing is stored that should
 * not be: a refused submission leaves no item, an accepted one stores the text exactly as typed.
 */
const NAUGHTY = [
  "", " ", "\u0000", "a\u0000b", "\u202Eevil", "\uFEFF", "\uD800", "😀".repeat(60), "'; DROP TABLE \"Item\"; --",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${7*7}", "../../etc/passwd", "%00", "\r\n\r\nX: y",
  "null", "undefined", "NaN", "0", "-1", "1e309", "[]", "{}", "__proto__", "constructor", "人大代表".repeat(2000), "Ａ１２３",
];
const naughty = fc.oneof(fc.constantFrom(...NAUGHTY), fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 50 }));
const anyValue = fc.oneof(naughty, fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(naughty, { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const RUNS = { numRuns: 40, seed: 20261128 } as const;

async function committeeId(): Promise<string> {
  return (await seedLoopWorld(db())).committee.id;
}

describe("fuzz: what a stranger can send", { timeout: 180_000 }, () => {
  it("the public submission refuses or stores exactly; never throws anything else", async () => {
    const committee = await committeeId();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(naughty, naughty, fc.option(naughty, { nil: undefined }), fc.boolean(), async (title, body, name, validKey) => {
        n += 1;
        const key = validKey ? `fuzz-key-${String(n).padStart(8, "0")}` : title;
        const input = { source: "PUBLIC_OPINION", title, body, committeeId: committee, submitterName: name, idempotencyKey: key };
        try {
          // a fresh address each time: the per-address limit (5 per 10 minutes) is not under test here
          const r = await submitItem(null, input, testContext(`198.18.${Math.floor(n / 250)}.${n % 250}`));
          const stored = await db().item.findUniqueOrThrow({ where: { id: r.id }, select: { title: true, body: true } });
          expect(stored).toEqual({ title: title.trim(), body: body.trim() });
        } catch (error) {
          expect(error).toBeInstanceOf(ActionRefusal);
          if (validKey) expect(await db().item.count({ where: { idempotencyKey: key } })).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it("unknown or wrongly typed fields are refused, never stored", async () => {
    let m = 0;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(naughty, anyValue, { maxKeys: 4 }), async (junk) => {
        const before = await db().item.count();
        m += 1;
        await expect(submitItem(null, { source: "PUBLIC_OPINION", ...junk, stage: "CLOSED" }, testContext(`198.19.${Math.floor(m / 250)}.${m % 250}`))).rejects.toBeInstanceOf(ActionRefusal);
        expect(await db().item.count()).toBe(before);
      }),
      { numRuns: 40, seed: 20261128 },
    );
  });

  it("a station's own form refuses or stores exactly; never throws", async () => {
    const w = await seedLoopWorld(db());
    const s = await seedStationWorld(db(), w);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(naughty, fc.option(naughty, { nil: undefined }), fc.option(naughty, { nil: undefined }), async (body, submitterName, phone) => {
        n += 1;
        const idempotencyKey = `fuzz-station-${String(n).padStart(8, "0")}`;
        const r = await submitStationOpinion({ stationId: s.station.id, body, submitterName, phone, idempotencyKey }, testContext(`198.21.${Math.floor(n / 250)}.${n % 250}`));
        const stored = await db().item.findUnique({ where: { idempotencyKey }, select: { body: true, stationId: true } });
        if (r.ok) expect(stored).toEqual({ body: body.trim(), stationId: s.station.id });
        else expect(stored).toBeNull();
      }),
      RUNS,
    );
  });

  it("TOTP enrolment at first sign-in refuses naughty input with a code, never throws", async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, anyValue, async (username, password) => {
        const r = await beginEnrolment({ username, password }, testContext(`203.0.114.${Math.floor(Math.random() * 250)}`));
        expect(r.ok).toBe(false);
      }),
      { numRuns: 30, seed: 20261128 },
    );
  });

  it("the public livelihood proposal refuses or stores exactly; never throws", async () => {
    const w = await seedVoteWorld(db(), 1);
    const plan = await createPlan(w.staff, { year: 2027, title: "2027年民生实事项目", seats: 2, collectOpensAt: "2026-10-01T00:00:00+08:00", collectClosesAt: "2026-11-01T00:00:00+08:00" }, testContext());
    const open = new Date("2026-10-15T00:00:00Z");
    let n = 0;
    await fc.assert(
      fc.asyncProperty(naughty, naughty, fc.option(naughty, { nil: undefined }), async (title, description, proposerName) => {
        n += 1;
        const idempotencyKey = `fuzz-proposal-${String(n).padStart(8, "0")}`;
        const r = await proposePublic({ planId: plan.id, title, description, proposerName, idempotencyKey }, testContext(`198.20.${Math.floor(n / 250)}.${n % 250}`), open);
        const stored = await db().livelihoodCandidate.findUnique({ where: { idempotencyKey }, select: { title: true, description: true } });
        if (r.ok) expect(stored).toEqual({ title: title.trim(), description: description.trim() });
        else expect(stored).toBeNull();
      }),
      RUNS,
    );
  });

  it("the tracking look-up answers malformed / not found / limited, never throws", async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, async (raw) => {
        const r = await trackItem(raw, testContext(`198.51.100.${Math.floor(Math.random() * 250)}`));
        expect(["malformed", "notFound", "limited"]).toContain(r.kind);
      }),
      RUNS,
    );
  });

  it("sign-in refuses naughty names, passwords and codes with a code, never throws", async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, anyValue, anyValue, async (username, password, totp) => {
        const r = await authenticate({ username, password, totp }, testContext(`203.0.113.${Math.floor(Math.random() * 250)}`));
        expect(r.ok).toBe(false);
      }),
      { numRuns: 30, seed: 20261128 },
    );
  });
});

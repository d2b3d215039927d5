import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_TOTP_SECRET } from "../../../prisma/seed/accounts";
import { E2E_PORT } from "./settings";

/** The demo accounts that sign in with a TOTP code (prisma/seed/demo.ts enrols them). */
export const MFA_USERNAMES: ReadonlySet<string> = new Set(["admin", "auditor", "leader"]);

const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(DEMO_TOTP_SECRET) });
const STEPS_FILE = path.join(os.tmpdir(), `lvzhi-e2e-totp-${E2E_PORT}.json`);
const LOCK_DIR = `${STEPS_FILE}.lock`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      await sleep(50);
    }
  }
  try {
    return await fn();
  } finally {
    rmdirSync(LOCK_DIR);
  }
}

/**
 * A code the server has not seen yet for `username`. The server accepts each 30-second step once,
 * so a second sign-in within the same step (another test, the other worker) takes the next step.
 * The step is reserved under the lock and waited for outside it: another account's sign-in in the
 * other worker is not held up meanwhile.
 */
export async function freshTotpCode(username: string): Promise<string> {
  const step = await withLock(async () => {
    let used: Record<string, number> = {};
    try {
      used = JSON.parse(readFileSync(STEPS_FILE, "utf8")) as Record<string, number>;
    } catch {
      // first code of the run
    }
    const next = Math.max(Math.floor(Date.now() / 30_000), (used[username] ?? -1) + 1);
    used[username] = next;
    writeFileSync(STEPS_FILE, JSON.stringify(used));
    return next;
  });
  const wait = step * 30_000 + 200 - Date.now();
  if (wait > 0) {
    // waiting for the next step must not eat the test's own time
    test.info().setTimeout(test.info().timeout + wait + 5_000);
    await sleep(wait);
  }
  return totp.generate({ timestamp: step * 30_000 + 1_000 });
}

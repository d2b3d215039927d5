/**
 * Playwright's webServer command: the README's quick start (`npm run demo`), on a fresh database.
 *
 *   1. a new embedded data directory in a temp dir (E2E_DB=embedded, the default), or the
 *      `lvzhi_e2e` PostgreSQL database dropped and recreated (E2E_DB=postgres);
 *   2. `scripts/serve.ts demo` — what `npm run demo` runs: migrate, load the demo data into the
 *      empty database, build if .next is missing or stale, then `next start` (production) on
 *      127.0.0.1:3100.
 *
 * Playwright starts webServer before globalSetup, so the database is prepared here. On SIGTERM the
 * launcher stops Next and closes the database; then the temp directory is removed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { BASE_URL, E2E_AUTH_SECRET, E2E_PII_KEY, E2E_DATABASE_URL, E2E_DB, E2E_PORT, E2E_STATE_FILE, type TE2EState } from "./settings";

const started = Date.now();
const log = (line: string): void => {
  process.stderr.write(`[e2e-server +${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);
};

let launcher: ChildProcess | undefined;
let dataDir: string | undefined;

function cleanUp(): void {
  rmSync(E2E_STATE_FILE, { force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

async function recreatePostgresDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes("e2e")) {
    throw new Error(`refusing to drop "${name}": the e2e database name must contain "e2e"`);
  }
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  log(`PostgreSQL database ${name} recreated`);
}

/** Which database the launcher uses: exactly one of DATABASE_URL or LVZHI_DATA_DIR. */
function databaseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.LVZHI_DATA_DIR;
  if (E2E_DB === "postgres") env.DATABASE_URL = E2E_DATABASE_URL;
  else if (dataDir) env.LVZHI_DATA_DIR = dataDir;
  return env;
}

async function main(): Promise<void> {
  if (E2E_DB === "embedded") dataDir = mkdtempSync(path.join(os.tmpdir(), "lvzhi-e2e-data-"));
  const state: TE2EState = { db: E2E_DB, pid: process.pid, ...(E2E_DB === "postgres" ? { databaseUrl: E2E_DATABASE_URL } : { dataDir }) };
  writeFileSync(E2E_STATE_FILE, JSON.stringify(state));
  process.on("exit", cleanUp);

  if (E2E_DB === "postgres") await recreatePostgresDatabase(E2E_DATABASE_URL);
  log(`npm run demo on ${BASE_URL} (${E2E_DB === "postgres" ? E2E_DATABASE_URL : `embedded database in ${dataDir}`})`);
  // No NODE_ENV here: the demo seed refuses production (security.md #5); `next build` and
  // `next start` set production themselves.
  const env: NodeJS.ProcessEnv = { ...databaseEnv(), PORT: String(E2E_PORT), NEXTAUTH_SECRET: E2E_AUTH_SECRET, PII_KEY: E2E_PII_KEY, NEXTAUTH_URL: BASE_URL };
  Reflect.deleteProperty(env, "NODE_ENV"); // (Next's types declare it read-only and always present)
  launcher = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "demo", "--", "--hostname", "127.0.0.1"], {
    stdio: ["ignore", "inherit", "inherit"],
    env,
  });
  launcher.on("exit", (code, signal) => {
    log(`launcher exited (${signal ?? `code ${code}`})`);
    process.exit(code ?? 0);
  });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    // The launcher gets the signal too (same process group) and exits after closing the database.
    if (launcher && launcher.exitCode === null) launcher.kill(signal);
    else process.exit(0);
  });
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, migrationsFingerprint, pgliteRunner, pgRunner, sha256Hex } from "../../scripts/db/migrations";

/**
 * Migrated templates for the integration tests, built once per migrations fingerprint so that each
 * test file gets its own database in well under a second:
 * - PGlite: a data-directory tarball (dumpDataDir) in node_modules/.cache/lvzhi, loaded per file;
 * - PostgreSQL: a database `lvzhi_tpl_<fingerprint>`, cloned per file (CREATE DATABASE … TEMPLATE).
 * The vitest globalSetup (default export) builds the one its project needs before any file runs;
 * test-db.ts rebuilds on demand if a template is missing.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CACHE_DIR = path.join(ROOT, "node_modules/.cache/lvzhi");
export const DEFAULT_TEST_PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
/** Serializes template builds across processes and runs on one server. */
const TEMPLATE_LOCK_KEY = 72707370;

export function testPgAdminUrl(): string {
  return process.env.TEST_PG_URL || DEFAULT_TEST_PG_URL;
}

function fingerprint(): string {
  return migrationsFingerprint().slice(0, 16);
}

function pgliteVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8"));
  const version = (parsed as { version?: unknown }).version;
  return typeof version === "string" ? version : "unknown";
}

export function pgliteTemplatePath(): string {
  return path.join(CACHE_DIR, `pglite-${pgliteVersion()}-${fingerprint()}.tar`);
}

/** Builds the PGlite template if missing; racing builders are safe (write, then atomic rename). */
export async function ensurePgliteTemplate(): Promise<{ file: string; built: boolean; ms: number }> {
  const started = performance.now();
  const file = pgliteTemplatePath();
  if (existsSync(file)) return { file, built: false, ms: 0 };
  mkdirSync(CACHE_DIR, { recursive: true });
  const db = await PGlite.create();
  try {
    await applyMigrations(pgliteRunner(db));
    const dump = await db.dumpDataDir("none");
    const tmp = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  } finally {
    await db.close();
  }
  return { file, built: true, ms: Math.round(performance.now() - started) };
}

/** Templates of other fingerprints, untouched for an hour (a concurrent older run may still use one). */
function removeStalePgliteTemplates(): void {
  if (!existsSync(CACHE_DIR)) return;
  const keep = path.basename(pgliteTemplatePath());
  for (const entry of readdirSync(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, entry);
    if (!entry.startsWith("pglite-") || entry === keep) continue;
    if (Date.now() - statSync(file).mtimeMs > 3_600_000) rmSync(file, { force: true });
  }
}

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function postgresTemplateName(): string {
  return `lvzhi_tpl_${fingerprint()}`;
}

export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPgAdminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensurePostgresTemplate(): Promise<{ name: string; built: boolean; ms: number }> {
  const started = performance.now();
  const name = postgresTemplateName();
  const built = await withAdmin(async (admin) => {
    await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    try {
      const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount) return false;
      // Built under another name, so that a crash never leaves a half-migrated template behind.
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}" TEMPLATE template0 ENCODING 'UTF8'`);
      const client = new pg.Client({ connectionString: databaseUrlFor(testPgAdminUrl(), building) });
      await client.connect();
      try {
        await applyMigrations(pgRunner(client));
      } finally {
        await client.end();
      }
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      await admin.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true`);
      return true;
    } finally {
      await admin.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
    }
  });
  return { name, built, ms: Math.round(performance.now() - started) };
}

/** Templates of other fingerprints. A concurrent older run that still needs one rebuilds it. */
async function dropStalePostgresTemplates(): Promise<string[]> {
  return withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'lvzhi\\_tpl\\_%' AND datname <> $1",
      [postgresTemplateName()],
    );
    for (const { datname } of rows) {
      await admin.query(`ALTER DATABASE "${datname}" WITH IS_TEMPLATE false`);
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    return rows.map((r) => r.datname);
  });
}

/** `lvzhi_t_<host>_<pid>_<random>` names who made it, so that a dead run's leftovers can be found. */
const HOST_TAG = sha256Hex(os.hostname()).slice(0, 6);

export function newTestDatabaseName(): string {
  return `lvzhi_t_${HOST_TAG}_${process.pid}_${randomUUID().slice(0, 8)}`;
}

/** Drops test databases of this host whose process is gone (a killed or crashed run). */
export async function dropOrphanTestDatabases(): Promise<string[]> {
  return withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'lvzhi\\_t\\_%'");
    const dropped: string[] = [];
    for (const { datname } of rows) {
      const match = /^lvzhi_t_([0-9a-f]{6})_(\d+)_/.exec(datname);
      if (!match || match[1] !== HOST_TAG || isAlive(Number(match[2]))) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      dropped.push(datname);
    }
    return dropped;
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === "EPERM";
  }
}

export type TTestDbKind = "pglite" | "postgres";

export function testDbKind(value: string | undefined = process.env.TEST_DB): TTestDbKind {
  if (value === undefined || value === "" || value === "pglite") return "pglite";
  if (value === "postgres") return "postgres";
  throw new Error(`TEST_DB must be "pglite" or "postgres", not "${value}"`);
}

export default async function setup(project: TestProject): Promise<void> {
  const kind = testDbKind(project.config.env.TEST_DB ?? process.env.TEST_DB);
  if (kind === "pglite") {
    const result = await ensurePgliteTemplate();
    removeStalePgliteTemplates();
    if (result.built) console.log(`[${project.name}] built the PGlite template in ${result.ms} ms (${path.relative(ROOT, result.file)})`);
    return;
  }
  const dropped = await dropOrphanTestDatabases();
  if (dropped.length) console.log(`[${project.name}] dropped ${dropped.length} test database(s) left by dead runs`);
  const result = await ensurePostgresTemplate();
  if (result.built) {
    const stale = await dropStalePostgresTemplates();
    console.log(`[${project.name}] built ${result.name} in ${result.ms} ms${stale.length ? `, dropped ${stale.join(", ")}` : ""}`);
  }
}

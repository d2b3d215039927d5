import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { seedDemo } from "../../prisma/seed/demo";
import { openEmbedded } from "../../scripts/db/embedded";
import { applyMigrations, pgliteRunner } from "../../scripts/db/migrations";
import { testDbKind } from "../helpers/global-setup";
import { createTestDatabase, type TTestDatabase } from "../helpers/test-db";

/**
 * security.md #19: `npm run db:backup` / `npm run db:restore` round-trip a populated database, on the
 * harness's kind (int-pglite: an embedded data directory; int-postgres: a scratch database). The
 * commands run as child processes, as an operator runs them.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const KIND = testDbKind();

type TStats = Record<string, { rows: number; md5: string }>;
type TQuery = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** Written independently of scripts/db/backup-format.ts, so that a bug there cannot hide here. */
async function statsVia(query: TQuery): Promise<TStats> {
  await query("SET TimeZone = 'UTC'");
  const tables = await query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename COLLATE "C"`,
  );
  const stats: TStats = {};
  for (const { name } of tables) {
    const [row] = await query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text COLLATE "C"), '')) AS md5 FROM "${String(name)}" x`,
    );
    stats[String(name)] = { rows: Number(row!.rows), md5: String(row!.md5) };
  }
  return stats;
}

const auditRow = (n: number): string =>
  `INSERT INTO "AuditLog" ("action", "result", "prevHash", "hash", "detail")
   VALUES ('backup.test', 'SUCCESS', '${String(n - 1).padStart(64, "0")}', '${String(n).padStart(64, "0")}', '{"n": ${n}, "text": "代表 \\"quoted\\""}')`;

/** The database under test, whichever kind: how to reach it, read it and change it. */
type TTarget = {
  env: Record<string, string>;
  stats(): Promise<TStats>;
  exec(sql: string): Promise<void>;
  dataDir?: string;
  close(): Promise<void>;
};

const temp = mkdtempSync(path.join(os.tmpdir(), "lvzhi-backup-"));
let target: TTarget;

async function populate(prisma: PrismaClient, exec: (sql: string) => Promise<void>): Promise<void> {
  await seedDemo(prisma);
  for (let n = 1; n <= 3; n++) await exec(auditRow(n));
}

async function postgresTarget(): Promise<TTarget> {
  const database: TTestDatabase = await createTestDatabase();
  const url = database.url!;
  const run = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  const exec = async (sql: string): Promise<void> => void (await run((c) => c.query(sql)));
  await populate(database.prisma, exec);
  await database.prisma.$disconnect();
  return {
    env: { DATABASE_URL: url },
    stats: () => run((c) => statsVia(async (sql) => (await c.query(sql)).rows as Array<Record<string, unknown>>)),
    exec,
    close: () => database.close(),
  };
}

async function pgliteTarget(): Promise<TTarget> {
  const dataDir = path.join(temp, "data");
  const withDb = async <T>(fn: (e: Awaited<ReturnType<typeof openEmbedded>>) => Promise<T>): Promise<T> => {
    const e = await openEmbedded(dataDir, { exitOnSignal: false });
    try {
      return await fn(e);
    } finally {
      await e.close();
    }
  };
  await withDb(async (e) => {
    await applyMigrations(pgliteRunner(e.db));
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(e.db) });
    await populate(prisma, async (sql) => void (await e.db.exec(sql)));
    await prisma.$disconnect();
  });
  return {
    env: { DATABASE_URL: "", LVZHI_DATA_DIR: dataDir },
    stats: () => withDb((e) => statsVia(async (sql) => (await e.db.query<Record<string, unknown>>(sql)).rows)),
    exec: (sql) => withDb(async (e) => void (await e.db.exec(sql))),
    dataDir,
    close: async () => undefined,
  };
}

function run(script: "backup" | "restore", args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [`scripts/db/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 90_000,
    env: { ...process.env, ...target.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  target = KIND === "postgres" ? await postgresTarget() : await pgliteTarget();
}, 120_000);

afterAll(async () => {
  await target?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe(`db:backup and db:restore (${KIND})`, { timeout: 120_000 }, () => {
  it("round-trips a populated database, refuses a corrupted backup, and leaves the database untouched then", async () => {
    const before = await target.stats();
    expect(before.GroupMember!.rows).toBeGreaterThan(100);
    expect(before.AuditLog!.rows).toBe(3);
    expect(before._prisma_migrations!.rows).toBeGreaterThan(0);

    const file = path.join(temp, KIND === "postgres" ? "lvzhi.dump" : "lvzhi.tar.gz");
    const backup = run("backup", ["--out", file]);
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain("Backed up");
    const manifestFile = `${file}.manifest.json`;
    for (const f of [file, manifestFile]) expect(statSync(f).mode & 0o777).toBe(0o600);
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { kind: string; migrations: string[]; tables: TStats };
    expect(manifest.kind).toBe(KIND === "postgres" ? "postgres" : "embedded");
    expect(manifest.migrations).toHaveLength(before._prisma_migrations!.rows);
    expect(Object.fromEntries(Object.entries(manifest.tables).map(([t, s]) => [t, s.rows]))).toEqual(
      Object.fromEntries(Object.entries(before).map(([t, s]) => [t, s.rows])),
    );

    // Change it: fewer group members, an extra audit row, an edited user.
    await target.exec(`DELETE FROM "GroupMember" WHERE "isLeader" = false`);
    await target.exec(auditRow(4));
    await target.exec(`UPDATE "User" SET "displayName" = "displayName" || '改' WHERE username = 'staff'`);
    const changed = await target.stats();
    expect(changed.GroupMember!.rows).toBeLessThan(before.GroupMember!.rows);
    expect(changed.AuditLog!.rows).toBe(4);
    expect(changed.User!.md5).not.toBe(before.User!.md5);

    // Without --force a database with data is not overwritten.
    const refused = run("restore", [file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--force");

    // One flipped byte: refused before anything is touched.
    const corrupt = path.join(temp, `corrupt-${path.basename(file)}`);
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(corrupt, bytes);
    copyFileSync(manifestFile, `${corrupt}.manifest.json`);
    const bad = run("restore", [corrupt, "--force"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("is corrupted or was changed");
    expect(bad.stderr).toContain("Nothing was restored");
    expect(await target.stats()).toEqual(changed);

    // A manifest that disagrees with the backup's contents (same file, so the sha256 passes): the
    // check after unpacking catches it. The embedded database is untouched; PostgreSQL has restored.
    const lying = path.join(temp, `lying-${path.basename(file)}`);
    copyFileSync(file, lying);
    const claims = JSON.parse(readFileSync(manifestFile, "utf8")) as { tables: TStats };
    claims.tables.GroupMember!.rows += 1;
    writeFileSync(`${lying}.manifest.json`, JSON.stringify(claims));
    const mismatch = run("restore", [lying, "--force"]);
    expect(mismatch.status).toBe(1);
    expect(mismatch.stderr).toContain(`does not match the backup's manifest`);
    expect(mismatch.stderr).toContain(`table "GroupMember" has ${before.GroupMember!.rows} rows, the backup had ${before.GroupMember!.rows + 1}`);
    if (target.dataDir) {
      expect(await target.stats()).toEqual(changed);
      expect(readdirSync(temp).filter((name) => /^data\.(restoring|before-restore)-/.test(name))).toEqual([]);
    }

    const restored = run("restore", [file, "--force"]);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain("counts and checksums verified");
    expect(await target.stats()).toEqual(before);

    if (target.dataDir) {
      const kept = readdirSync(temp).filter((name) => name.startsWith("data.before-restore-"));
      expect(kept).toHaveLength(1);
      expect(existsSync(path.join(temp, kept[0]!, "PG_VERSION"))).toBe(true);
      expect(readdirSync(temp).filter((name) => name.startsWith("data.restoring-"))).toEqual([]);
    }
  });

  it.runIf(KIND === "pglite")("refuses both commands while another process owns the data directory", async () => {
    const owner = await openEmbedded(target.dataDir!, { exitOnSignal: false });
    try {
      const backup = run("backup", ["--out", path.join(temp, "while-open.tar.gz")]);
      expect(backup.status).toBe(1);
      expect(backup.stderr).toContain(`is in use by process ${process.pid}`);
      expect(backup.stderr).toContain("Stop the portal");
      expect(existsSync(path.join(temp, "while-open.tar.gz"))).toBe(false);

      const restore = run("restore", [path.join(temp, "lvzhi.tar.gz"), "--force"]);
      expect(restore.status).toBe(1);
      expect(restore.stderr).toContain(`is in use by process ${process.pid}`);
      expect(restore.stderr).toContain("Nothing was changed");
    } finally {
      await owner.close();
    }
  });
});

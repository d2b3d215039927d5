import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  applyMigrations,
  MIGRATIONS_DIR,
  pgliteRunner,
  pgRunner,
  PRISMA_ADVISORY_LOCK_KEY,
  readMigrations,
  type TSqlRunner,
} from "../../scripts/db/migrations";
import { databaseUrlFor, newTestDatabaseName, testDbKind, testPgAdminUrl, withAdmin } from "../helpers/global-setup";

/** An EMPTY database of the kind under test (TEST_DB), unlike useTestDatabase's migrated one. */
type TEmptyDb = { runner: TSqlRunner; connect(): Promise<{ runner: TSqlRunner; close(): Promise<void> }>; close(): Promise<void> };

async function emptyDatabase(): Promise<TEmptyDb> {
  if (testDbKind() === "pglite") {
    const db = await PGlite.create();
    return {
      runner: pgliteRunner(db),
      connect: () => Promise.reject(new Error("PGlite has a single session")),
      close: () => db.close(),
    };
  }
  const name = newTestDatabaseName();
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`));
  const url = databaseUrlFor(testPgAdminUrl(), name);
  const connect = async (): Promise<{ runner: TSqlRunner; close(): Promise<void> }> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return { runner: pgRunner(client), close: () => client.end() };
  };
  const main = await connect();
  return {
    runner: main.runner,
    connect,
    async close() {
      await main.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

const open: TEmptyDb[] = [];
async function freshDb(): Promise<TEmptyDb> {
  const db = await emptyDatabase();
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

const tmpDirs: string[] = [];
/** A copy of prisma/migrations that a test may edit. */
function migrationsCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lvzhi-migrations-"));
  tmpDirs.push(dir);
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}
afterAll(() => tmpDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type TMigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  started_at: Date;
  logs: string | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

const rowsOf = (runner: TSqlRunner): Promise<TMigrationRow[]> =>
  runner.query<TMigrationRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);

describe(`migrations on ${testDbKind()}`, { timeout: 120_000 }, () => {
  it("applies every migration to an empty database, and a second run applies nothing", async () => {
    const { runner } = await freshDb();
    const names = readMigrations().map((m) => m.name);
    expect(names.length).toBeGreaterThanOrEqual(2);

    const first = await applyMigrations(runner);
    expect(first.applied).toEqual(names);
    const second = await applyMigrations(runner);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(names);

    const tables = await runner.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["User", "Region", "AuditLog", "_prisma_migrations"]));
  });

  it("records each migration as Prisma does: sha256 of the file's bytes, finished, one step", async () => {
    const { runner } = await freshDb();
    await applyMigrations(runner);
    const rows = await rowsOf(runner);
    const files = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const row of rows) {
      const bytes = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("creates _prisma_migrations with Prisma's own column types", async () => {
    const { runner } = await freshDb();
    await applyMigrations(runner);
    const columns = await runner.query<{ column_name: string; data_type: string; len: number | null; is_nullable: string }>(
      `SELECT column_name, data_type, character_maximum_length AS len, is_nullable
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => [c.column_name, c.data_type, c.len, c.is_nullable])).toEqual([
      ["id", "character varying", 36, "NO"],
      ["checksum", "character varying", 64, "NO"],
      ["finished_at", "timestamp with time zone", null, "YES"],
      ["migration_name", "character varying", 255, "NO"],
      ["logs", "text", null, "YES"],
      ["rolled_back_at", "timestamp with time zone", null, "YES"],
      ["started_at", "timestamp with time zone", null, "NO"],
      ["applied_steps_count", "integer", null, "NO"],
    ]);
  });

  it("refuses to run when an applied migration's file has changed", async () => {
    const { runner } = await freshDb();
    const dir = migrationsCopy();
    await applyMigrations(runner, { migrations: readMigrations(dir) });
    const [first] = readMigrations(dir);
    writeFileSync(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited after release\n`);
    mkdirSync(path.join(dir, "29991231000000_later"));
    writeFileSync(path.join(dir, "29991231000000_later", "migration.sql"), `CREATE TABLE "Later" ("id" INTEGER);`);

    await expect(applyMigrations(runner, { migrations: readMigrations(dir) })).rejects.toThrow(
      new RegExp(`Migration ${first!.name} was changed after it was applied`),
    );
    // Nothing after the refusal ran.
    expect(await runner.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Later'`)).toEqual([]);
  });

  it("accepts a checkout with CRLF line endings as unchanged", async () => {
    const { runner } = await freshDb();
    await applyMigrations(runner);
    const dir = migrationsCopy();
    for (const m of readMigrations(dir)) {
      writeFileSync(path.join(dir, m.name, "migration.sql"), m.sql.replace(/\r?\n/g, "\r\n"));
    }
    expect((await applyMigrations(runner, { migrations: readMigrations(dir) })).applied).toEqual([]);
  });

  it("rolls a failing migration back entirely and records nothing for it", async () => {
    const { runner } = await freshDb();
    const dir = migrationsCopy();
    const broken = path.join(dir, "29991231000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);\nSELECT 1 / 0;\n`);

    await expect(applyMigrations(runner, { migrations: readMigrations(dir) })).rejects.toThrow(
      /Migration 29991231000000_broken failed and was rolled back: division by zero/,
    );
    expect(await runner.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`)).toEqual([]);
    const names = (await rowsOf(runner)).map((r) => r.migration_name);
    expect(names).toEqual(readMigrations().map((m) => m.name)); // the good ones stayed applied

    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);\n`);
    expect((await applyMigrations(runner, { migrations: readMigrations(dir) })).applied).toEqual(["29991231000000_broken"]);
  });

  it("makes AuditLog append-only: UPDATE, DELETE and TRUNCATE are rejected by the database", async () => {
    const { runner } = await freshDb();
    await applyMigrations(runner);
    await runner.exec(
      `INSERT INTO "AuditLog" ("action", "result", "prevHash", "hash") VALUES ('test.insert', 'SUCCESS', repeat('0', 64), repeat('a', 64))`,
    );
    await expect(runner.exec(`UPDATE "AuditLog" SET "action" = 'changed'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(runner.exec(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only: DELETE/);
    await expect(runner.exec(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only: TRUNCATE/);
    const rows = await runner.query<{ action: string }>(`SELECT "action" FROM "AuditLog"`);
    expect(rows).toEqual([{ action: "test.insert" }]);
  });

  it.runIf(testDbKind() === "postgres")("serializes concurrent migrators with Prisma's advisory lock", async () => {
    const db = await freshDb();
    const a = await db.connect();
    const b = await db.connect();
    try {
      const [ra, rb] = await Promise.all([applyMigrations(a.runner), applyMigrations(b.runner)]);
      const names = readMigrations().map((m) => m.name);
      expect([...ra.applied, ...rb.applied].sort()).toEqual(names);
      expect((await rowsOf(db.runner)).length).toBe(names.length);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it.runIf(testDbKind() === "postgres")("gives up with a clear message when another migrator holds the lock too long", async () => {
    const db = await freshDb();
    const holder = await db.connect();
    try {
      await holder.runner.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
      await expect(applyMigrations(db.runner, { lockTimeoutMs: 300 })).rejects.toThrow(
        /Timed out after 300 ms waiting for the migration lock \(pg_advisory_lock\(72707369\)\)/,
      );
      expect(await db.runner.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'User'`)).toEqual([]);
    } finally {
      await holder.close();
    }
  });
});

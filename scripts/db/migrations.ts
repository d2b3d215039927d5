import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql in order and records each one in
 * `_prisma_migrations` the way Prisma's schema engine does, so that a database migrated here is
 * indistinguishable from one migrated by `prisma migrate deploy` (and vice versa).
 */

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** Prisma's advisory lock key for migrations (schema engine, postgres flavour). */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

/** Same DDL as Prisma's schema engine creates (sql-schema-connector, postgres flavour). */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

/** The little a migrator needs from a connection; one session, statements run in order. */
export type TSqlRunner = {
  readonly kind: "postgres" | "pglite";
  /** One or more statements, no parameters. */
  exec(sql: string): Promise<void>;
  /** One statement with $1… parameters. */
  query<TRow>(sql: string, params?: readonly unknown[]): Promise<TRow[]>;
};

export function pgRunner(client: pg.Client | pg.PoolClient): TSqlRunner {
  return {
    kind: "postgres",
    async exec(sql) {
      await client.query(sql);
    },
    async query<TRow>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, [...params]);
      return result.rows as TRow[];
    },
  };
}

export function pgliteRunner(db: PGlite): TSqlRunner {
  return {
    kind: "pglite",
    async exec(sql) {
      await db.exec(sql);
    },
    async query<TRow>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<TRow>(sql, [...params]);
      return result.rows;
    },
  };
}

export type TMigrationFile = {
  name: string;
  sql: string;
  /** sha256 (lower-case hex) of the file's bytes, as Prisma stores it. */
  checksum: string;
};

export function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The migration folders in the order Prisma applies them (lexicographic by folder name). */
export function readMigrations(dir: string = MIGRATIONS_DIR): TMigrationFile[] {
  if (!existsSync(dir)) throw new Error(`Migrations directory not found: ${dir}`);
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
      const bytes = readFileSync(file);
      return { name, sql: bytes.toString("utf8"), checksum: sha256Hex(bytes) };
    });
}

/** One hash over every migration's name and checksum: keys test templates and caches. */
export function migrationsFingerprint(migrations: readonly TMigrationFile[] = readMigrations()): string {
  return sha256Hex(migrations.map((m) => `${m.name}:${m.checksum}`).join("\n"));
}

/**
 * Prisma accepts a checksum taken with either line ending, so that a checkout with
 * core.autocrlf does not look like an edited migration. We do the same.
 */
function checksumMatches(sql: string, checksum: string): boolean {
  if (sha256Hex(Buffer.from(sql, "utf8")) === checksum) return true;
  const lf = sql.replace(/\r\n/g, "\n");
  return sha256Hex(lf) === checksum || sha256Hex(lf.replace(/\n/g, "\r\n")) === checksum;
}

type TAppliedRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

export type TMigrateResult = {
  applied: string[];
  alreadyApplied: string[];
  /** Recorded in the database but absent from the migrations folder (a newer checkout ran). */
  unknown: string[];
  ms: number;
};

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export type TMigrateOptions = {
  migrations?: readonly TMigrationFile[];
  log?: (line: string) => void;
  /** How long to wait for another migrator's advisory lock (PostgreSQL only). */
  lockTimeoutMs?: number;
};

export async function applyMigrations(runner: TSqlRunner, options: TMigrateOptions = {}): Promise<TMigrateResult> {
  const started = performance.now();
  const migrations = options.migrations ?? readMigrations();
  const log = options.log ?? (() => undefined);
  await acquireLock(runner, options.lockTimeoutMs ?? 10_000);
  try {
    await runner.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await runner.query<TAppliedRow>(
      `SELECT id, checksum, migration_name, finished_at, rolled_back_at
         FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
    );
    const live = rows.filter((r) => r.rolled_back_at === null);
    const failed = live.filter((r) => r.finished_at === null);
    if (failed.length > 0) {
      throw new MigrationError(
        `The database has failed migrations: ${failed.map((r) => r.migration_name).join(", ")}. ` +
          `Fix the database by hand, then mark them rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = …) before migrating again.`,
      );
    }
    const done = new Map(live.map((r) => [r.migration_name, r]));
    for (const m of migrations) {
      const row = done.get(m.name);
      if (row && !checksumMatches(m.sql, row.checksum)) {
        throw new MigrationError(
          `Migration ${m.name} was changed after it was applied: the database recorded checksum ${row.checksum}, ` +
            `the file now has ${m.checksum}. Applied migrations must never be edited; restore the file ` +
            `(git checkout prisma/migrations/${m.name}/migration.sql) and put the change in a new migration (npm run db:new-migration -- <name>).`,
        );
      }
    }
    const known = new Set(migrations.map((m) => m.name));
    const result: TMigrateResult = {
      applied: [],
      alreadyApplied: migrations.filter((m) => done.has(m.name)).map((m) => m.name),
      unknown: [...done.keys()].filter((name) => !known.has(name)),
      ms: 0,
    };
    for (const name of result.unknown) {
      log(`warning: ${name} is recorded in the database but not present in prisma/migrations`);
    }
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      const t0 = performance.now();
      await applyOne(runner, m);
      result.applied.push(m.name);
      log(`applied ${m.name} (${Math.round(performance.now() - t0)} ms)`);
    }
    result.ms = Math.round(performance.now() - started);
    return result;
  } finally {
    await releaseLock(runner);
  }
}

/** The script, its `_prisma_migrations` row and its finish mark commit together or not at all. */
async function applyOne(runner: TSqlRunner, m: TMigrationFile): Promise<void> {
  await runner.exec("BEGIN");
  try {
    await runner.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [randomUUID(), m.checksum, m.name],
    );
    await runner.exec(m.sql);
    await runner.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1
        WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
      [m.name],
    );
    await runner.exec("COMMIT");
  } catch (error) {
    await runner.exec("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${reason}`, { cause: error });
  }
}

async function acquireLock(runner: TSqlRunner, timeoutMs: number): Promise<void> {
  if (runner.kind === "pglite") {
    // One session only: nobody to wait for. Taking it keeps the code path identical.
    await runner.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
    return;
  }
  await runner.exec(`SET lock_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
  try {
    await runner.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
  } catch (error) {
    throw new MigrationError(
      `Timed out after ${timeoutMs} ms waiting for the migration lock (pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})): another migration is running against this database.`,
      { cause: error },
    );
  } finally {
    await runner.exec("RESET lock_timeout");
  }
}

async function releaseLock(runner: TSqlRunner): Promise<void> {
  await runner.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK_KEY})`).catch(() => undefined);
}

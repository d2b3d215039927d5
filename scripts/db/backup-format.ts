import { createHash } from "node:crypto";
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { TSqlRunner } from "./migrations";

/**
 * What `npm run db:backup` writes beside each backup and `npm run db:restore` checks: the file's
 * sha256, the migrations applied, and per table a row count and a checksum taken the same way on
 * PostgreSQL and on the embedded database (so a restore is verified table by table).
 */

export const ZTableStat = z.object({ rows: z.number().int().nonnegative(), md5: z.string().regex(/^[0-9a-f]{32}$/) }).strict();

export const ZBackupManifest = z
  .object({
    format: z.literal("lvzhi-backup/1"),
    kind: z.enum(["postgres", "embedded"]),
    createdAt: z.string(),
    file: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    database: z.string().optional(),
    serverVersion: z.string(),
    migrations: z.array(z.string()),
    tables: z.record(z.string(), ZTableStat),
  })
  .strict();

export type TTableStat = z.infer<typeof ZTableStat>;
export type TBackupManifest = z.infer<typeof ZBackupManifest>;
export type TTableStats = Record<string, TTableStat>;

export const MANIFEST_SUFFIX = ".manifest.json";

export function manifestPathFor(backupFile: string): string {
  return `${backupFile}${MANIFEST_SUFFIX}`;
}

/** 20261128T152530Z: sortable, no characters a shell or a file system minds. */
export function utcStamp(date: Date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

export function sha256File(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Writes `data` to a new file readable by its owner only (0600); refuses to overwrite. */
export function writePrivateFile(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, "wx", 0o600);
  try {
    writeSync(fd, typeof data === "string" ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(file, 0o600); // in case the umask widened nothing but a previous chmod did
}

export function readManifest(backupFile: string): TBackupManifest {
  const file = manifestPathFor(backupFile);
  if (!existsSync(file)) {
    throw new Error(`No manifest beside the backup: ${file} is missing. A backup is only restored together with its manifest (it holds the sha256 and the row checksums).`);
  }
  const parsed = ZBackupManifest.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`The manifest ${file} is not a valid lvzhi backup manifest: ${parsed.error.message}`);
  return parsed.data;
}

/** Session settings that make `row::text` identical whoever reads it. */
const STABLE_TEXT = `SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1; SET bytea_output = 'hex'`;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Every ordinary table in the public schema, with its row count and an md5 over its rows. */
export async function tableStats(runner: TSqlRunner): Promise<TTableStats> {
  await runner.exec(STABLE_TEXT);
  const tables = await runner.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname COLLATE "C"`,
  );
  const stats: TTableStats = {};
  for (const { name } of tables) {
    const [row] = await runner.query<{ rows: number; md5: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text COLLATE "C"), '')) AS md5
         FROM ${quoteIdent(name)} t`,
    );
    stats[name] = { rows: row?.rows ?? 0, md5: row?.md5 ?? "" };
  }
  return stats;
}

export async function appliedMigrations(runner: TSqlRunner): Promise<string[]> {
  const [exists] = await runner.query<{ ok: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ok`);
  if (!exists?.ok) return [];
  const rows = await runner.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

export async function serverVersion(runner: TSqlRunner): Promise<string> {
  const [row] = await runner.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
  return row?.v ?? "unknown";
}

/** Human-readable differences between what the manifest promises and what the database holds. */
export function compareStats(expected: TTableStats, actual: TTableStats): string[] {
  const problems: string[] = [];
  for (const [table, want] of Object.entries(expected)) {
    const got = actual[table];
    if (!got) problems.push(`table "${table}" is missing`);
    else if (got.rows !== want.rows) problems.push(`table "${table}" has ${got.rows} rows, the backup had ${want.rows}`);
    else if (got.md5 !== want.md5) problems.push(`table "${table}" has ${got.rows} rows as expected but different contents (md5 ${got.md5}, expected ${want.md5})`);
  }
  return problems;
}

/** Tables the database has and the backup had not (e.g. from a newer migration): kept, reported. */
export function extraTables(expected: TTableStats, actual: TTableStats): string[] {
  return Object.keys(actual).filter((table) => !(table in expected));
}

export function totalRows(stats: TTableStats): number {
  return Object.values(stats).reduce((sum, s) => sum + s.rows, 0);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

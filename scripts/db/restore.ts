/**
 * `npm run db:restore -- FILE [--force]`
 *
 * Checks FILE against the sha256 in FILE.manifest.json first; nothing is touched when it differs.
 * PostgreSQL (DATABASE_URL): pg_restore --clean --if-exists --no-owner --single-transaction, refused
 * without --force when the target holds rows. Embedded (./data or LVZHI_DATA_DIR): refused while the
 * directory is locked, or without --force when it is not empty; the backup is unpacked into a new
 * directory beside it and verified there, then swapped in (the old one kept as
 * <dir>.before-restore-<UTC stamp>). Afterwards every table's row count and checksum is compared
 * with the manifest; any difference exits non-zero.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import {
  compareStats,
  errorMessage,
  extraTables,
  formatBytes,
  readManifest,
  redactUrl,
  sha256File,
  tableStats,
  totalRows,
  utcStamp,
  type TBackupManifest,
  type TTableStats,
} from "./backup-format";
import { pgRestoreBinary, runTool } from "./backup-tools";
import { acquireDirLock, type TDirLock } from "./dir-lock";
import { dataDirFromEnv, DirectoryLockedError, LOCK_FILE_NAME, openEmbedded, readLockHolder } from "./embedded";
import { pgliteRunner, pgRunner } from "./migrations";

type TArgs = { file: string; force: boolean };

function parseArgs(argv: string[]): TArgs {
  const files = argv.filter((a) => !a.startsWith("--"));
  const flags = argv.filter((a) => a.startsWith("--"));
  const unknown = flags.filter((f) => f !== "--force");
  if (files.length !== 1 || unknown.length > 0) throw new Error("Usage: npm run db:restore -- FILE [--force]");
  // npm runs scripts in the package root; a relative FILE means the caller's directory.
  return { file: path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0]!), force: flags.includes("--force") };
}

function verify(where: string, manifest: TBackupManifest, actual: TTableStats): void {
  const problems = compareStats(manifest.tables, actual);
  if (problems.length > 0) {
    throw new Error(`${where} does not match the backup's manifest:\n  - ${problems.join("\n  - ")}`);
  }
  for (const table of extraTables(manifest.tables, actual)) console.warn(`note: table "${table}" is not in the backup; left as it is.`);
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function restorePostgres(url: string, args: TArgs, manifest: TBackupManifest): Promise<void> {
  const occupied = await withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    );
    const withRows: string[] = [];
    for (const { name } of rows) {
      const result = await client.query(`SELECT 1 FROM "${name.replace(/"/g, '""')}" LIMIT 1`);
      if (result.rowCount) withRows.push(name);
    }
    return withRows;
  });
  if (occupied.length > 0 && !args.force) {
    throw new Error(
      `${redactUrl(url)} already holds data (${occupied.slice(0, 5).join(", ")}${occupied.length > 5 ? ", …" : ""}). ` +
        `Restoring replaces all of it; run again with --force to do so (back it up first: npm run db:backup).`,
    );
  }
  await runTool(pgRestoreBinary(), ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", url, args.file]);
  const actual = await withClient(url, (client) => tableStats(pgRunner(client)));
  verify(`After pg_restore (which has committed), ${redactUrl(url)}`, manifest, actual);
}

function lockedMessage(dir: string, error: DirectoryLockedError): string {
  const holder = error.holder;
  if (!holder) return error.message;
  return (
    `The embedded database in ${dir} is in use by process ${holder.pid} (${holder.command || "unknown command"}). ` +
    `Stop the portal (Ctrl-C in its terminal, or kill ${holder.pid}), then run the restore again. Nothing was changed.`
  );
}

/** Removes a lock file that came along inside the backup (the backing-up process's own). */
function dropCopiedLock(dir: string, keepToken?: string): void {
  const file = path.join(dir, LOCK_FILE_NAME);
  if (!existsSync(file)) return;
  if (keepToken && readLockHolder(dir)?.token === keepToken) return;
  unlinkSync(file);
}

async function restoreEmbedded(dataDir: string, args: TArgs, manifest: TBackupManifest): Promise<string | undefined> {
  const target = path.resolve(dataDir);
  let lock: TDirLock;
  try {
    lock = acquireDirLock(target);
  } catch (error) {
    if (error instanceof DirectoryLockedError) throw new Error(lockedMessage(target, error), { cause: error });
    throw error;
  }
  const stamp = utcStamp();
  const fresh = `${target}.restoring-${stamp}`;
  const before = `${target}.before-restore-${stamp}`;
  let movedAside = false;
  try {
    const contents = readdirSync(target).filter((name) => name !== LOCK_FILE_NAME);
    if (contents.length > 0 && !args.force) {
      throw new Error(`${target} is not empty (${contents.length} entries). Run again with --force to replace it; the old directory is kept as ${path.basename(target)}.before-restore-<time>.`);
    }
    if (existsSync(fresh) || existsSync(before)) throw new Error(`${fresh} or ${before} already exists; retry in a second.`);

    // 1. Unpack beside the target and check it there, before anything is replaced.
    const blob = new Blob([readFileSync(args.file)], { type: "application/x-gzip" });
    let db: PGlite;
    try {
      db = await PGlite.create({ dataDir: fresh, loadDataDir: blob });
    } catch (error) {
      rmSync(fresh, { recursive: true, force: true });
      throw new Error(`The backup could not be unpacked into a database: ${errorMessage(error)}. Nothing was changed.`, { cause: error });
    }
    try {
      verify(`The unpacked backup (${fresh})`, manifest, await tableStats(pgliteRunner(db)));
    } catch (error) {
      await db.close();
      rmSync(fresh, { recursive: true, force: true });
      throw error;
    }
    await db.close();
    dropCopiedLock(fresh);

    // 2. Swap: the target (with our lock file in it) goes aside, the new directory takes its place.
    renameSync(target, before);
    movedAside = true;
    renameSync(fresh, target);
    movedAside = false;
    dropCopiedLock(before);
    if (readdirSync(before).length === 0) rmdirSync(before);
  } catch (error) {
    if (movedAside) renameSync(before, target); // put the old directory back
    throw error;
  } finally {
    lock.release();
  }

  // 3. Open it the way the portal will, and check again.
  const embedded = await openEmbedded(target);
  try {
    verify(`The restored ${target}`, manifest, await tableStats(pgliteRunner(embedded.db)));
  } finally {
    await embedded.close();
  }
  return existsSync(before) ? before : undefined;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  if (!existsSync(args.file)) throw new Error(`${args.file} does not exist.`);
  const manifest = readManifest(args.file);
  const actualSha = sha256File(args.file);
  if (actualSha !== manifest.sha256) {
    throw new Error(
      `${args.file} is corrupted or was changed: its sha256 is ${actualSha}, the manifest recorded ${manifest.sha256}. Nothing was restored.`,
    );
  }
  const url = process.env.DATABASE_URL;
  if (url && manifest.kind !== "postgres") {
    throw new Error(`${path.basename(args.file)} is a backup of the embedded database; unset DATABASE_URL to restore it into ${dataDirFromEnv()}.`);
  }
  if (!url && manifest.kind !== "embedded") {
    throw new Error(`${path.basename(args.file)} is a PostgreSQL backup; set DATABASE_URL to the database to restore it into.`);
  }
  let target: string;
  let kept: string | undefined;
  if (url) {
    await restorePostgres(url, args, manifest);
    target = redactUrl(url);
  } else {
    kept = await restoreEmbedded(dataDirFromEnv(), args, manifest);
    target = `embedded database ${path.resolve(dataDirFromEnv())}`;
  }
  console.log(
    `Restored ${path.basename(args.file)} (${formatBytes(manifest.bytes)}, taken ${manifest.createdAt}) into ${target} in ` +
      `${Math.round(performance.now() - started)} ms: ${Object.keys(manifest.tables).length} tables, ${totalRows(manifest.tables)} rows, counts and checksums verified.` +
      (kept ? `\nThe previous data directory is kept as ${kept}.` : ""),
  );
}

main().catch((error: unknown) => {
  console.error(`db:restore failed: ${errorMessage(error)}`);
  process.exit(1);
});

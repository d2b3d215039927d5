/**
 * `npm run db:backup [-- --out FILE]`
 *
 * With DATABASE_URL: `pg_dump --format=custom` into backups/lvzhi-<db>-<UTC stamp>.dump, taken in
 * one snapshot with the manifest's row counts and checksums. Without it: the embedded database
 * (./data or LVZHI_DATA_DIR), owned for the duration through the directory lock, dumped with PGlite's
 * dumpDataDir into backups/lvzhi-embedded-<UTC stamp>.tar.gz. Both write <file>.manifest.json
 * (backup-format.ts); every file is created 0600.
 */
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import {
  appliedMigrations,
  errorMessage,
  formatBytes,
  manifestPathFor,
  redactUrl,
  serverVersion,
  sha256File,
  tableStats,
  totalRows,
  utcStamp,
  writePrivateFile,
  type TBackupManifest,
} from "./backup-format";
import { pgDumpBinary, runTool } from "./backup-tools";
import { dataDirFromEnv, DirectoryLockedError, openEmbedded, type TEmbedded } from "./embedded";
import { pgliteRunner, pgRunner } from "./migrations";

type TArgs = { out?: string };

function parseArgs(argv: string[]): TArgs {
  const args: TArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--out" && argv[i + 1]) args.out = argv[++i];
    else if (arg?.startsWith("--out=")) args.out = arg.slice("--out=".length);
    else throw new Error(`Unknown argument ${arg}. Usage: npm run db:backup [-- --out FILE]`);
  }
  return args;
}

function outputPath(args: TArgs, defaultName: string): string {
  // npm runs scripts in the package root; --out relative to the caller's directory, backups/ to the root.
  const file = args.out ? path.resolve(process.env.INIT_CWD ?? process.cwd(), args.out) : path.resolve("backups", defaultName);
  if (existsSync(file) || existsSync(manifestPathFor(file))) throw new Error(`${file} (or its manifest) already exists; choose another --out.`);
  return file;
}

function writeManifest(file: string, manifest: Omit<TBackupManifest, "format" | "file" | "bytes" | "sha256">): TBackupManifest {
  const full: TBackupManifest = {
    format: "lvzhi-backup/1",
    ...manifest,
    file: path.basename(file),
    bytes: statSync(file).size,
    sha256: sha256File(file),
  };
  writePrivateFile(manifestPathFor(file), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}

async function backupPostgres(url: string, args: TArgs): Promise<TBackupManifest> {
  const database = decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
  const file = outputPath(args, `lvzhi-${database.replace(/[^\w.-]/g, "_")}-${utcStamp()}.dump`);
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for the dump and the manifest: rows written meanwhile are in neither.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
    const runner = pgRunner(client);
    const dumping = runTool(pgDumpBinary(), ["--format=custom", `--snapshot=${rows[0]!.id}`, `--file=${partial}`, url]);
    dumping.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    const tables = await tableStats(runner);
    const migrations = await appliedMigrations(runner);
    const version = await serverVersion(runner);
    await dumping;
    await client.query("COMMIT");
    renameSync(partial, file);
    return writeManifest(file, { kind: "postgres", createdAt: new Date().toISOString(), database, serverVersion: version, migrations, tables });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function backupEmbedded(dataDir: string, args: TArgs): Promise<TBackupManifest> {
  const dir = path.resolve(dataDir);
  if (!existsSync(path.join(dir, "PG_VERSION"))) throw new Error(`There is no embedded database in ${dir} (no PG_VERSION): nothing to back up.`);
  const file = outputPath(args, `lvzhi-embedded-${utcStamp()}.tar.gz`);
  let embedded: TEmbedded;
  try {
    embedded = await openEmbedded(dir);
  } catch (error) {
    if (!(error instanceof DirectoryLockedError)) throw error;
    const holder = error.holder;
    throw new Error(
      [
        `The embedded database in ${dir} is in use${holder ? ` by process ${holder.pid} (${holder.command || "unknown command"})` : ""}, so it cannot be backed up consistently.`,
        holder
          ? `Stop the portal (Ctrl-C in its terminal, or kill ${holder.pid}), then run npm run db:backup again.`
          : `If no portal is running, delete ${error.lockFile} and retry.`,
        holder?.url
          ? `It serves the database at ${holder.url}; the copy of the data directory needs the directory itself, so stopping it is the way (a PostgreSQL deployment backs up live with DATABASE_URL).`
          : "",
      ]
        .filter(Boolean)
        .join("\n"),
      { cause: error },
    );
  }
  try {
    const runner = pgliteRunner(embedded.db);
    const tables = await tableStats(runner);
    const migrations = await appliedMigrations(runner);
    const version = await serverVersion(runner);
    const dump = await embedded.db.dumpDataDir("gzip");
    writePrivateFile(file, new Uint8Array(await dump.arrayBuffer()));
    return writeManifest(file, { kind: "embedded", createdAt: new Date().toISOString(), serverVersion: version, migrations, tables });
  } finally {
    await embedded.close();
  }
}

async function main(): Promise<void> {
  process.umask(0o077); // pg_dump and every file we create: owner only
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const url = process.env.DATABASE_URL;
  const manifest = url ? await backupPostgres(url, args) : await backupEmbedded(dataDirFromEnv(), args);
  const source = url ? redactUrl(url) : `embedded database ${path.resolve(dataDirFromEnv())}`;
  const file = args.out ? path.resolve(process.env.INIT_CWD ?? process.cwd(), args.out) : path.resolve("backups", manifest.file);
  console.log(
    `Backed up ${source}: ${Object.keys(manifest.tables).length} tables, ${totalRows(manifest.tables)} rows, ` +
      `${manifest.migrations.length} migrations → ${file} (${formatBytes(manifest.bytes)}, ${Math.round(performance.now() - started)} ms)\n` +
      `Manifest: ${manifestPathFor(file)} (sha256 ${manifest.sha256})`,
  );
}

main().catch((error: unknown) => {
  console.error(`db:backup failed: ${errorMessage(error)}`);
  process.exit(1);
});

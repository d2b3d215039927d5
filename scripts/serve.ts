/**
 * The launcher behind `npm run dev`, `npm start` and `npm run demo`.
 *
 * Without DATABASE_URL it owns the embedded database (./data, locked against other processes),
 * migrates it, serves it over PostgreSQL's wire protocol on 127.0.0.1 (a free port) and hands the
 * app DATABASE_URL=postgresql://postgres@127.0.0.1:<port>/postgres; the app always talks through
 * @prisma/adapter-pg. With DATABASE_URL it only migrates that server and starts Next.
 *
 *   dev    next dev
 *   start  the production server, scripts/app-server.ts (needs a build: npm run build)
 *   demo   migrate, load the demo data if there are no users yet, build if .next is missing or
 *          older than the sources, then next start on port 3000
 *
 * Arguments after `--` go to next (e.g. `npm run dev -- -p 3001`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { migrateUrl } from "./db/connect";
import { dataDirFromEnv, openEmbedded, type TEmbedded } from "./db/embedded";
import { applyMigrations, pgliteRunner } from "./db/migrations";
import { serveOverTcp, type TSocketServer } from "./db/socket-server";
import { heapArgs } from "./server/heap";

type TMode = "dev" | "start" | "demo";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const SEED = path.join(ROOT, "prisma/seed/index.ts");
const APP_SERVER = path.join(ROOT, "scripts/app-server.ts");
const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15, SIGKILL: 9 };

const log = (line: string): void => console.log(`[lvzhi] ${line}`);

function parseArgs(argv: string[]): { mode: TMode; nextArgs: string[] } {
  const [mode, ...rest] = argv;
  if (mode !== "dev" && mode !== "start" && mode !== "demo") {
    console.error("Usage: tsx scripts/serve.ts dev|start|demo [-- next arguments]");
    process.exit(2);
  }
  return { mode, nextArgs: rest[0] === "--" ? rest.slice(1) : rest };
}

/** The database every child talks to, and how to let go of it. */
type TDatabase = { url: string; dataDir?: string; countUsers(): Promise<number>; close(): Promise<void> };

async function prepareDatabase(): Promise<TDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const result = await migrateUrl(url);
    log(result.applied.length ? `applied ${result.applied.join(", ")}` : `database up to date (${result.alreadyApplied.length} migrations)`);
    return {
      url,
      countUsers: async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "User"`);
          return rows[0]?.n ?? 0;
        } finally {
          await client.end();
        }
      },
      close: async () => undefined,
    };
  }
  const embedded: TEmbedded = await openEmbedded(dataDirFromEnv(), { exitOnSignal: false });
  let server: TSocketServer | undefined;
  try {
    const result = await applyMigrations(pgliteRunner(embedded.db));
    log(result.applied.length ? `applied ${result.applied.join(", ")}` : `embedded database up to date (${result.alreadyApplied.length} migrations)`);
    server = await serveOverTcp(embedded.db, { maxConnections: 32 });
    embedded.lock.annotate({ url: server.url });
    const shown = embedded.dir.startsWith(ROOT) ? path.relative(ROOT, embedded.dir) : embedded.dir;
    log(`embedded database ${shown} served at ${server.url} (while this runs)`);
  } catch (error) {
    await embedded.close();
    throw error;
  }
  const running = server;
  return {
    url: running.url,
    dataDir: embedded.dir,
    countUsers: async () => {
      const { rows } = await embedded.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "User"`);
      return rows[0]?.n ?? 0;
    },
    close: async () => {
      await running.stop();
      await embedded.close();
    },
  };
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const inputs = ["src", "messages", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package.json", "package-lock.json"];
  const newest = Math.max(...inputs.map((p) => newestMtime(path.join(ROOT, p))));
  return newest > statSync(buildId).mtimeMs;
}

/**
 * `next start` runs in production mode, where the app requires NEXTAUTH_SECRET and PII_KEY. The
 * demo makes them up so that the quick start needs no configuration: kept in the embedded data
 * directory (so that sessions and encrypted fields survive a restart), or for this run only when
 * DATABASE_URL is used (then set PII_KEY yourself to read encrypted fields after a restart).
 */
function demoSecret(dataDir: string | undefined, file: string, make: () => string): string {
  if (!dataDir) return make();
  const where = path.join(dataDir, file);
  if (existsSync(where)) {
    const saved = readFileSync(where, "utf8").trim();
    if (saved.length >= 32) return saved;
  }
  const secret = make();
  writeFileSync(where, `${secret}\n`, { mode: 0o600 });
  return secret;
}

let current: ChildProcess | undefined;

/** Runs a child to completion; resolves with its exit code (128+n when killed by a signal). */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
    current = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? 128 + (signal ? (SIGNAL_CODES[signal] ?? 1) : 1));
    });
  });
}

async function main(): Promise<number> {
  const { mode, nextArgs } = parseArgs(process.argv.slice(2));
  let stopping = false;
  const state: { db?: TDatabase } = {};

  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    if (current) {
      current.kill(signal);
      const child = current;
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    } else {
      void (state.db?.close() ?? Promise.resolve()).finally(() => process.exit(128 + (SIGNAL_CODES[signal] ?? 1)));
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);

  const db = await prepareDatabase();
  state.db = db;
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    if (mode === "demo" && !env.NEXTAUTH_SECRET) {
      env.NEXTAUTH_SECRET = demoSecret(db.dataDir, "lvzhi-demo-secret", () => randomBytes(48).toString("base64url"));
      log("demo: using a generated session secret (production deployments set NEXTAUTH_SECRET)");
    }
    if (mode === "demo" && !env.PII_KEY) {
      env.PII_KEY = demoSecret(db.dataDir, "lvzhi-demo-pii-key", () => randomBytes(32).toString("base64"));
      log("demo: using a generated field-encryption key (production deployments set PII_KEY)");
    }
    if (mode === "start" && !env.NEXTAUTH_SECRET) {
      log("warning: NEXTAUTH_SECRET is not set; the production server refuses sign-in without it (see README)");
    }
    if (mode === "demo") {
      const users = await db.countUsers();
      if (users > 0) log(`demo data: skipped, the database already has ${users} user(s)`);
      else if (!existsSync(SEED)) log("demo data: skipped, prisma/seed/index.ts does not exist yet");
      else {
        log("loading the demo data…");
        const code = await run(["--import", "tsx", "--conditions=react-server", SEED], env);
        if (code !== 0 || stopping) return code || 1;
      }
      if (buildIsStale()) {
        log("building the portal (next build)…");
        const code = await run([NEXT_BIN, "build"], env);
        if (code !== 0 || stopping) return code || 1;
      } else log("build is up to date (.next)");
    }
    if (stopping) return 1;
    const port = mode === "demo" ? ["-p", process.env.PORT ?? "3000"] : [];
    if (mode === "dev") {
      log(`next dev ${nextArgs.join(" ")}`.trim());
      return await run([NEXT_BIN, "dev", ...nextArgs], env);
    }
    // Production: our own HTTP server in front of Next's handler (it owns X-Forwarded-For).
    log(`app server ${[...port, ...nextArgs].join(" ")}`.trim());
    return await run([...heapArgs(env), "--import", "tsx", APP_SERVER, ...port, ...nextArgs], { ...env, NODE_ENV: "production" });
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[lvzhi] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

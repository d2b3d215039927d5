import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { LOCK_FILE_NAME, openEmbedded, readLockHolder, type TEmbedded } from "../../scripts/db/embedded";
import { applyMigrations, pgliteRunner } from "../../scripts/db/migrations";
import { testDbKind } from "../helpers/global-setup";

/**
 * Two processes on one PGlite data directory corrupt it silently; the directory lock turns that into
 * a clear error. Independent of TEST_DB, so it runs in the int-pglite project only.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
/** Node itself with tsx's loader, so that the child's pid is the process that holds the lock. */
const NODE_TSX = [process.execPath, "--import", "tsx", "--input-type=module", "--eval"] as const;
const EMBEDDED = path.join(ROOT, "scripts/db/embedded.ts");
const dirs: string[] = [];

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lvzhi-lock-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A second process that opens `dir` with openEmbedded, optionally writes, and then waits. */
function childScript(dir: string, sql = ""): string {
  return `
    import { openEmbedded } from ${JSON.stringify(EMBEDDED)};
    try {
      const e = await openEmbedded(${JSON.stringify(dir)});
      ${sql ? `await e.db.exec(${JSON.stringify(sql)});` : ""}
      console.log("READY");
      setInterval(() => {}, 1000);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(3);
    }`;
}

function runChild(dir: string): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(NODE_TSX[0], [...NODE_TSX.slice(1), childScript(dir)], { cwd: ROOT, encoding: "utf8", timeout: 90_000 });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

/** Starts a holder process and resolves once it has the database open. */
function startHolder(dir: string, sql: string): Promise<{ pid: number; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const child = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), childScript(dir, sql)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("READY")) resolve({ pid: child.pid!, exited });
    });
    void exited.then(({ code }) => reject(new Error(`holder exited early (${code}): ${err}`)));
  });
}

async function count(e: TEmbedded, table = "LoginThrottle"): Promise<number> {
  const { rows } = await e.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
  return rows[0]!.n;
}

const insertThrottle = (key: string): string =>
  `INSERT INTO "LoginThrottle" ("key", "failures", "updatedAt") VALUES ('${key}', 1, now())`;

describe.runIf(testDbKind() === "pglite")("the embedded database directory lock", { timeout: 180_000 }, () => {
  it("refuses a second process with a clear message, and the owner's data stays intact", async () => {
    const dir = tempDataDir();
    const owner = await openEmbedded(dir, { exitOnSignal: false });
    try {
      await applyMigrations(pgliteRunner(owner.db));
      await owner.db.exec(insertThrottle("before"));

      const second = runChild(dir);
      expect(second.status).toBe(3);
      expect(second.stdout).not.toContain("READY");
      expect(second.stderr).toContain(`The embedded database in ${dir} is already open in another process (process ${process.pid}`);
      expect(second.stderr).toMatch(/Stop that process \(kill \d+\)/);

      // The owner is unaffected and keeps writing.
      await owner.db.exec(insertThrottle("after"));
      expect(await count(owner)).toBe(2);
    } finally {
      await owner.close();
    }
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);

    const reopened = await openEmbedded(dir, { exitOnSignal: false });
    try {
      expect(await count(reopened)).toBe(2);
      expect((await applyMigrations(pgliteRunner(reopened.db))).applied).toEqual([]);
    } finally {
      await reopened.close();
    }
  });

  it("refuses `npm run db:migrate` on a directory that is open elsewhere", async () => {
    const dir = tempDataDir();
    const owner = await openEmbedded(dir, { exitOnSignal: false });
    try {
      const result = spawnSync(TSX, ["scripts/db/migrate.ts"], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 90_000,
        env: { ...process.env, DATABASE_URL: "", LVZHI_DATA_DIR: dir },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("db:migrate failed: The embedded database in");
      expect(result.stderr).toContain(`process ${process.pid}`);
    } finally {
      await owner.close();
    }
  });

  it("refuses a second open in the same process", async () => {
    const dir = tempDataDir();
    const owner = await openEmbedded(dir, { exitOnSignal: false });
    try {
      await expect(openEmbedded(dir, { exitOnSignal: false })).rejects.toThrow(/already open in this process/);
    } finally {
      await owner.close();
    }
  });

  it("releases the lock when the owner is stopped with SIGTERM", async () => {
    const dir = tempDataDir();
    const holder = await startHolder(dir, "SELECT 1");
    expect(readLockHolder(dir)?.pid).toBe(holder.pid);
    process.kill(holder.pid, "SIGTERM");
    expect(await holder.exited).toEqual({ code: 143, signal: null });
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it("takes over the lock of a killed owner, and the database recovers its committed data", async () => {
    const dir = tempDataDir();
    const setup = await openEmbedded(dir, { exitOnSignal: false });
    await applyMigrations(pgliteRunner(setup.db));
    await setup.close();

    const holder = await startHolder(dir, insertThrottle("written-by-the-killed-process"));
    process.kill(holder.pid, "SIGKILL");
    await holder.exited;
    expect(readLockHolder(dir)?.pid).toBe(holder.pid); // left behind: its pid is dead now

    const next = await openEmbedded(dir, { exitOnSignal: false });
    try {
      expect(readLockHolder(dir)?.pid).toBe(process.pid);
      expect(await count(next)).toBe(1);
    } finally {
      await next.close();
    }
  });

  it.runIf(existsSync("/proc/self/stat"))("treats a lock whose pid now belongs to a younger process as stale (pid reuse)", async () => {
    const dir = tempDataDir();
    const lock = { pid: process.pid, hostname: os.hostname(), startedAt: Date.now() - 24 * 3_600_000, token: "old", command: "old run" };
    writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify(lock));
    const e = await openEmbedded(dir, { exitOnSignal: false });
    try {
      expect(readLockHolder(dir)?.token).not.toBe("old");
    } finally {
      await e.close();
    }
  });
});

import { randomUUID } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * An exclusive, process-level lock on a directory: `<dir>/lvzhi.lock`, created with O_EXCL and
 * holding who owns it. PGlite has no locking of its own and two processes on one data directory
 * corrupt it silently, so everything that opens ./data goes through here first.
 */

export const LOCK_FILE_NAME = "lvzhi.lock";

export type TLockHolder = {
  pid: number;
  hostname: string;
  /** When the lock was taken (ms since epoch). */
  startedAt: number;
  token: string;
  command: string;
  /** Where the owner serves the database, when it does (scripts/serve.ts). */
  url?: string;
};

export class DirectoryLockedError extends Error {
  readonly holder: TLockHolder | undefined;
  readonly lockFile: string;

  constructor(dir: string, lockFile: string, holder: TLockHolder | undefined, reason: string) {
    super(lockedMessage(dir, lockFile, holder, reason));
    this.name = "DirectoryLockedError";
    this.holder = holder;
    this.lockFile = lockFile;
  }
}

function lockedMessage(dir: string, lockFile: string, holder: TLockHolder | undefined, reason: string): string {
  if (!holder) {
    return `The embedded database directory ${dir} is locked (${reason}). If no other process is using it, delete ${lockFile} and retry.`;
  }
  const who = `process ${holder.pid} on ${holder.hostname}, since ${new Date(holder.startedAt).toISOString()}` +
    (holder.command ? ` — ${holder.command}` : "");
  const lines = [
    holder.pid === process.pid && holder.hostname === os.hostname()
      ? `The embedded database in ${dir} is already open in this process (${who}).`
      : `The embedded database in ${dir} is already open in another process (${who}).`,
    "Only one process may open it at a time: two would corrupt it.",
    holder.url
      ? `Stop that process (kill ${holder.pid}), or use the server it runs: DATABASE_URL=${holder.url} <your command>.`
      : `Stop that process (kill ${holder.pid}), or use the running server instead (npm run dev / npm start serve the embedded database to other tools).`,
  ];
  if (reason !== "held") lines.push(`(${reason}; if you are sure nothing uses it, delete ${lockFile}.)`);
  return lines.join("\n");
}

export type TDirLock = {
  readonly dir: string;
  readonly file: string;
  readonly holder: TLockHolder;
  /** Rewrites the lock file with extra facts about the owner (e.g. its URL). */
  annotate(extra: Pick<TLockHolder, "url">): void;
  /** Removes the lock file if it is still ours. Synchronous so that it can run on 'exit'. */
  release(): void;
};

/** Directories this process holds; a second open in the same process is refused too. */
const heldHere = new Map<string, string>();

export function acquireDirLock(dirInput: string): TDirLock {
  const dir = path.resolve(dirInput);
  const file = path.join(dir, LOCK_FILE_NAME);
  mkdirSync(dir, { recursive: true });
  const holder: TLockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: Date.now(),
    token: randomUUID(),
    command: [path.basename(process.argv[1] ?? "node"), ...process.argv.slice(2)].join(" ").slice(0, 200),
  };

  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file, holder)) {
      heldHere.set(dir, holder.token);
      return makeLock(dir, file, holder);
    }
    const raw = readIfExists(file);
    if (raw === undefined) continue; // released meanwhile: try again
    const current = parseHolder(raw);
    const verdict = judge(dir, file, current);
    if (verdict !== "stale") throw new DirectoryLockedError(dir, file, current, verdict);
    takeOverStale(file, raw);
  }
  throw new DirectoryLockedError(dir, file, undefined, "could not take the lock after several attempts");
}

function makeLock(dir: string, file: string, holder: TLockHolder): TDirLock {
  let current = holder;
  return {
    dir,
    file,
    get holder() {
      return current;
    },
    annotate(extra) {
      if (!isOurs(file, holder.token)) return;
      current = { ...current, ...extra };
      const tmp = `${file}.${holder.token}.tmp`;
      writeFileSync(tmp, JSON.stringify(current));
      renameSync(tmp, file);
    },
    release() {
      if (heldHere.get(dir) === holder.token) heldHere.delete(dir);
      if (isOurs(file, holder.token)) {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      }
    },
  };
}

function tryCreate(file: string, holder: TLockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx", 0o644);
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** "stale" when the owner is provably gone; otherwise why we must not take it ("held", or a reason). */
function judge(dir: string, file: string, holder: TLockHolder | undefined): string {
  if (!holder) {
    const age = Date.now() - (statMtime(file) ?? Date.now());
    return age > 10_000 ? "stale" : "the lock file is being written by another process";
  }
  if (holder.hostname !== os.hostname()) return `the owner runs on another host (${holder.hostname})`;
  if (holder.pid === process.pid && heldHere.has(dir)) return "held";
  if (!isAlive(holder.pid)) return "stale";
  // The pid is alive. On Linux, a process that started after the lock was taken is a reused pid
  // (typical after a container restart), not the owner.
  const started = processStartMs(holder.pid);
  if (started !== undefined && started > holder.startedAt + 2_000) return "stale";
  return "held";
}

/** Move the stale file aside atomically; only one contender wins the rename. */
function takeOverStale(file: string, staleRaw: string): void {
  const aside = `${file}.stale-${randomUUID()}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return; // another contender took it first
    throw error;
  }
  const moved = readIfExists(aside);
  if (moved !== staleRaw) {
    // We moved a fresh lock someone just created: put it back (link fails if the name is taken).
    try {
      linkSync(aside, file);
    } catch {
      // a third process created one meanwhile; it is the owner now
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // ignore
  }
}

function isOurs(file: string, token: string): boolean {
  const raw = readIfExists(file);
  return raw !== undefined && parseHolder(raw)?.token === token;
}

export function readLockHolder(dir: string): TLockHolder | undefined {
  const raw = readIfExists(path.join(path.resolve(dir), LOCK_FILE_NAME));
  return raw === undefined ? undefined : parseHolder(raw);
}

function parseHolder(raw: string): TLockHolder | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return undefined;
    const v = value as Record<string, unknown>;
    if (typeof v.pid !== "number" || typeof v.hostname !== "string" || typeof v.startedAt !== "number" || typeof v.token !== "string") {
      return undefined;
    }
    return {
      pid: v.pid,
      hostname: v.hostname,
      startedAt: v.startedAt,
      token: v.token,
      command: typeof v.command === "string" ? v.command : "",
      ...(typeof v.url === "string" ? { url: v.url } : {}),
    };
  } catch {
    return undefined;
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if (isErrno(error, "ENOENT")) return undefined;
    throw error;
  }
}

function statMtime(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, "EPERM"); // exists, owned by someone else
  }
}

/** Start time of a process in ms since epoch, from /proc (Linux); undefined elsewhere. */
function processStartMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const startTicks = Number(fields[19]); // field 22 of stat(5); fields[0] is field 3
    const btimeLine = readFileSync("/proc/stat", "utf8").split("\n").find((l) => l.startsWith("btime "));
    const btime = Number(btimeLine?.split(" ")[1]);
    if (!Number.isFinite(startTicks) || !Number.isFinite(btime)) return undefined;
    return (btime + startTicks / 100) * 1000; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

function isErrno(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

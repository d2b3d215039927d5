import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDirLock, type TDirLock } from "./dir-lock";

export { DirectoryLockedError, LOCK_FILE_NAME, readLockHolder } from "./dir-lock";

export const DEFAULT_DATA_DIR = "./data";

/** ./data, unless LVZHI_DATA_DIR points elsewhere (used by tests and side-by-side checkouts). */
export function dataDirFromEnv(): string {
  return process.env.LVZHI_DATA_DIR || DEFAULT_DATA_DIR;
}

export type TEmbedded = {
  db: PGlite;
  /** Absolute path of the data directory. */
  dir: string;
  lock: TDirLock;
  /** Closes PGlite cleanly, then releases the directory lock. Idempotent. */
  close(): Promise<void>;
};

export type TOpenEmbeddedOptions = {
  /**
   * On SIGINT/SIGTERM/SIGHUP close the database and exit (default true). A host that must
   * stop children first (scripts/serve.ts) passes false and calls close() itself.
   */
  exitOnSignal?: boolean;
};

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const SIGNAL_EXIT_CODES: Record<(typeof SIGNALS)[number], number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/**
 * Opens the embedded PostgreSQL (PGlite) in `dir`, owning the directory exclusively. A second
 * process gets a DirectoryLockedError naming the owner, never a second writer.
 */
export async function openEmbedded(dir: string = DEFAULT_DATA_DIR, options: TOpenEmbeddedOptions = {}): Promise<TEmbedded> {
  const absolute = path.resolve(dir);
  const lock = acquireDirLock(absolute);
  const onExit = (): void => lock.release();
  process.on("exit", onExit);

  let db: PGlite;
  try {
    db = await PGlite.create(absolute);
  } catch (error) {
    process.off("exit", onExit);
    lock.release();
    throw error;
  }

  let closing: Promise<void> | undefined;
  const signalHandlers = new Map<NodeJS.Signals, () => void>();
  const close = (): Promise<void> => {
    closing ??= (async () => {
      for (const [signal, handler] of signalHandlers) process.off(signal, handler);
      try {
        if (!db.closed) await db.close();
      } finally {
        lock.release();
        process.off("exit", onExit);
      }
    })();
    return closing;
  };

  if (options.exitOnSignal ?? true) {
    for (const signal of SIGNALS) {
      const handler = (): void => {
        close()
          .catch((error: unknown) => console.error("Closing the embedded database failed:", error))
          .finally(() => process.exit(SIGNAL_EXIT_CODES[signal]));
      };
      signalHandlers.set(signal, handler);
      process.once(signal, handler);
    }
  }

  return { db, dir: absolute, lock, close };
}

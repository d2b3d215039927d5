import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import type { TRole } from "../../../src/domain/roles";
import { readFileSync } from "node:fs";
import path from "node:path";
import { E2E_STATE_FILE, type TE2EState } from "./settings";

/**
 * Direct reads of the e2e database, to check what the browser cannot see (an account's lock, an
 * audit row, that a refused action wrote nothing), and to create throw-away accounts so that
 * tests that lock or change accounts never touch the shared demo accounts.
 */
function readJson<T>(file: string, what: string): T {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read ${what} (${file}): is the e2e server (tests/e2e/support/web-server.ts) running? ${String(error)}`);
  }
}

/** The server's database: PostgreSQL's URL, or the socket the launcher serves the embedded one on. */
export function databaseUrl(): string {
  const state = readJson<TE2EState>(E2E_STATE_FILE, "the e2e server state");
  if (state.databaseUrl) return state.databaseUrl;
  if (!state.dataDir) throw new Error(`${E2E_STATE_FILE} names no database`);
  const lock = readJson<{ url?: string }>(path.join(state.dataDir, "lvzhi.lock"), "the embedded database lock");
  if (!lock.url) throw new Error(`the launcher has not published the embedded database's URL in ${state.dataDir}/lvzhi.lock`);
  return lock.url;
}

export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function displayNameOf(username: string): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ displayName: string }>(`SELECT "displayName" FROM "User" WHERE "username" = $1`, [username]);
    const row = rows[0];
    if (!row) throw new Error(`no user ${username} in the e2e database (is the demo seed loaded?)`);
    return row.displayName;
  });
}

/** A fresh active account, unique per call, e.g. `e2e-lock-1a2b3c4d`. */
export async function createAccount(prefix: string, password: string, role: TRole = "STAFF"): Promise<string> {
  const username = `${prefix}-${randomUUID().slice(0, 8)}`;
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await withDb((db) =>
    db.query(
      `INSERT INTO "User" ("id", "username", "displayName", "passwordHash", "role", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, now())`,
      [randomUUID(), username, `测试账号 ${username.slice(-8)}`, passwordHash, role],
    ),
  );
  return username;
}

export type TThrottleRow = { failures: number; lockedUntil: Date | null };

export async function throttleOf(username: string): Promise<TThrottleRow | null> {
  return withDb(async (db) => {
    const { rows } = await db.query<TThrottleRow>(
      `SELECT "failures", "lockedUntil" FROM "LoginThrottle" WHERE "key" = $1`,
      [`acct:${username.toLowerCase()}`],
    );
    return rows[0] ?? null;
  });
}

export type TAuditRow = { action: string; result: string; actorName: string | null; detail: unknown };

export async function auditRowsFor(actorName: string): Promise<TAuditRow[]> {
  return withDb(async (db) => {
    const { rows } = await db.query<TAuditRow>(
      `SELECT "action", "result", "actorName", "detail" FROM "AuditLog" WHERE "actorName" = $1 ORDER BY "id"`,
      [actorName.toLowerCase()],
    );
    return rows;
  });
}

export async function auditIpsFor(actorName: string): Promise<Array<string | null>> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ ip: string | null }>(`SELECT "ip" FROM "AuditLog" WHERE "actorName" = $1 ORDER BY "id"`, [
      actorName.toLowerCase(),
    ]);
    return rows.map((r) => r.ip);
  });
}

export async function passwordHashOf(username: string): Promise<string | null> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE "username" = $1`, [username]);
    return rows[0]?.passwordHash ?? null;
  });
}

export async function userExists(username: string): Promise<boolean> {
  return withDb(async (db) => {
    const { rows } = await db.query(`SELECT 1 FROM "User" WHERE "username" = $1`, [username.toLowerCase()]);
    return rows.length > 0;
  });
}

export async function countRows(table: "User" | "AuditLog"): Promise<number> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`);
    return Number(rows[0]?.n ?? 0);
  });
}

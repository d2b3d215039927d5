import os from "node:os";
import path from "node:path";

/**
 * Where the e2e suite runs: one PRODUCTION server on 127.0.0.1:3100, started by the portal's own
 * launcher (scripts/serve.ts start) over a database of its own, prepared afresh on every run by
 * web-server.ts:
 *
 *   E2E_DB=embedded (default)  a fresh embedded database (PGlite) in a temporary directory,
 *                              exactly what `npm start` runs on, served by the launcher
 *   E2E_DB=postgres            the PostgreSQL database E2E_DATABASE_URL (lvzhi_e2e), dropped
 *                              and recreated
 *
 * Shared by playwright.config.ts, web-server.ts and the specs.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

export type TE2EDb = "embedded" | "postgres";
export const E2E_DB: TE2EDb = process.env.E2E_DB === "postgres" ? "postgres" : "embedded";

export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/lvzhi_e2e";

/** Written by web-server.ts: how the specs reach the server's database. */
export const E2E_STATE_FILE = path.join(os.tmpdir(), `lvzhi-e2e-${E2E_PORT}.json`);
export type TE2EState = { db: TE2EDb; databaseUrl?: string; dataDir?: string; pid: number };

/** A fixed secret for the throw-away e2e server only (≥ 32 characters, as src/server/env.ts asks). */
export const E2E_AUTH_SECRET = "e2e-only-secret-never-used-outside-the-test-suite-0123456789";

/** A fixed field-encryption key for the throw-away e2e server only (32 bytes, base64). */
export const E2E_PII_KEY = Buffer.alloc(32, 7).toString("base64");

export const DEMO_PASSWORD = "Lvzhi#Demo2026";

// Prisma 6.19's CLI with its WASM schema engine ("js" engine), used only for `migrate diff`
// (scripts/db/drift.ts, scripts/db/new-migration.ts): Prisma 7's CLI cannot download its native
// schema engine here. The shadow database is an in-memory PGlite.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma6/config";

type TAdapter = Awaited<ReturnType<PrismaPGlite["connect"]>>;

/**
 * The WASM engine applies each migration script to the shadow database with executeRaw and no
 * arguments; pglite-prisma-adapter sends that as one prepared statement, which PostgreSQL refuses
 * for multi-statement SQL ("cannot insert multiple commands into a prepared statement"). Run
 * argument-less statements through PGlite's exec (simple query protocol) instead.
 */
function withScripts(adapter: TAdapter, client: PGlite): TAdapter {
  const prepared = adapter.executeRaw.bind(adapter);
  const executeRaw: TAdapter["executeRaw"] = async (query) => {
    if (query.args.length > 0) return prepared(query);
    await client.exec(query.sql);
    return 0;
  };
  return Object.assign(adapter, { executeRaw });
}

/**
 * PGlite's backend arms 10 s timers (setitimer → setTimeout) after queries, and Prisma 6's CLI
 * never disposes its adapters, so after a successful diff (exit code 0, no process.exit) the process
 * would sit idle for 10 s. In this short-lived CLI process, PGlite's timers must not keep it alive.
 */
const nativeSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = Object.assign((...args: Parameters<typeof setTimeout>) => {
  const timer = nativeSetTimeout(...args);
  if (new Error().stack?.includes("__setitimer_js")) timer.unref();
  return timer;
}, nativeSetTimeout);

/**
 * One throwaway in-memory PGlite serves as both the "main" and the shadow database: `migrate diff`
 * only reads the main one's version, and every PGlite start costs an initdb (1–3 s).
 */
function pgliteFactory(): PrismaPGlite {
  const db = new PGlite();
  const connect = async (): Promise<TAdapter> => withScripts(await new PrismaPGlite(db).connect(), db);
  return Object.assign(new PrismaPGlite(db), { connect, connectToShadowDb: connect });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.PRISMA6_SCHEMA ?? "/tmp/schema6.prisma",
  adapter: async () => pgliteFactory(),
});

import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl, env } from "./env";

export type TDb = PrismaClient;
/** The client handed to a `$transaction(async (tx) => …)` callback. */
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { lvzhiDb?: PrismaClient };

/**
 * The app always talks PostgreSQL's wire protocol through @prisma/adapter-pg: to a real server in
 * production, or to the embedded PGlite that scripts/serve.ts owns and serves over TCP. Lazy, so
 * that importing this module (e.g. during `next build`) opens nothing.
 */
export function getDb(): PrismaClient {
  if (!globalForDb.lvzhiDb) {
    const adapter = new PrismaPg({
      connectionString: databaseUrl(),
      max: env().DB_POOL_MAX,
      connectionTimeoutMillis: 5_000,
    });
    globalForDb.lvzhiDb = new PrismaClient({ adapter });
  }
  return globalForDb.lvzhiDb;
}

/** Integration tests hand in a client on their own database (PGlite in-process or PostgreSQL). */
export function setDbForTesting(client: PrismaClient | undefined): void {
  globalForDb.lvzhiDb = client;
}

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../src/generated/prisma/client";
import { dataDirFromEnv, openEmbedded } from "./embedded";
import { applyMigrations, pgliteRunner, pgRunner, type TMigrateResult } from "./migrations";

/**
 * The database for scripts (seed, admin CLI): DATABASE_URL when set, else the embedded ./data,
 * which this process then owns (a running `npm run dev` makes this fail with a clear message).
 * Migrations are applied first in both cases, so a script never meets an old schema.
 */
export type TScriptDb = {
  prisma: PrismaClient;
  kind: "postgres" | "pglite";
  migrations: TMigrateResult;
  close(): Promise<void>;
};

export async function openScriptDb(options: { dataDir?: string; migrate?: boolean } = {}): Promise<TScriptDb> {
  const url = process.env.DATABASE_URL;
  const migrate = options.migrate ?? true;
  if (url) {
    const migrations = migrate ? await migrateUrl(url) : emptyResult();
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
    return { prisma, kind: "postgres", migrations, close: () => prisma.$disconnect() };
  }
  const embedded = await openEmbedded(options.dataDir ?? dataDirFromEnv());
  try {
    const migrations = migrate ? await applyMigrations(pgliteRunner(embedded.db)) : emptyResult();
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(embedded.db) });
    return {
      prisma,
      kind: "pglite",
      migrations,
      async close() {
        await prisma.$disconnect();
        await embedded.close();
      },
    };
  } catch (error) {
    await embedded.close();
    throw error;
  }
}

export async function migrateUrl(url: string, log?: (line: string) => void): Promise<TMigrateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations(pgRunner(client), log ? { log } : {});
  } finally {
    await client.end();
  }
}

function emptyResult(): TMigrateResult {
  return { applied: [], alreadyApplied: [], unknown: [], ms: 0 };
}

import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { setDbForTesting } from "@/server/db";
import {
  databaseUrlFor,
  ensurePgliteTemplate,
  ensurePostgresTemplate,
  newTestDatabaseName,
  postgresTemplateName,
  testDbKind,
  testPgAdminUrl,
  withAdmin,
  type TTestDbKind,
} from "./global-setup";

/**
 * A fresh, migrated database per call: in-process PGlite (TEST_DB=pglite, the default) loaded from
 * a template tarball, or a PostgreSQL database (TEST_DB=postgres) cloned from a template database
 * on TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres) and dropped on close.
 */
export type TTestDatabase = {
  prisma: PrismaClient;
  kind: TTestDbKind;
  /** postgres only: the database's own URL (for raw pg clients or child processes). */
  url?: string;
  /** pglite only: the in-process database (for raw SQL without Prisma). */
  pglite?: PGlite;
  close(): Promise<void>;
};

export async function createTestDatabase(): Promise<TTestDatabase> {
  return testDbKind() === "postgres" ? createPostgres() : createPglite();
}

async function createPglite(): Promise<TTestDatabase> {
  const { file } = await ensurePgliteTemplate();
  const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    pglite,
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

function pgCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

async function createPostgres(): Promise<TTestDatabase> {
  const name = newTestDatabaseName();
  await withAdmin(async (admin) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${postgresTemplateName()}"`);
        return;
      } catch (error) {
        const code = pgCode(error);
        if (code === "3D000" && attempt === 1) {
          await ensurePostgresTemplate(); // no globalSetup ran, or the template was dropped meanwhile
        } else if (code === "55006" && attempt < 20) {
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt)); // template briefly in use
        } else {
          throw error;
        }
      }
    }
  });
  const url = databaseUrlFor(testPgAdminUrl(), name);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  return {
    prisma,
    kind: "postgres",
    url,
    async close() {
      await prisma.$disconnect();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export type TTestDbHandle = {
  /** The current file's client; throws outside the tests (before beforeAll has run). */
  (): PrismaClient;
  readonly prisma: PrismaClient;
  readonly database: TTestDatabase;
  readonly kind: TTestDbKind;
};

/**
 * For a test file: one database for the whole file, installed as the app's client through
 * setDbForTesting (so src/server code under test uses it), removed and dropped after the file.
 *
 *   const db = useTestDatabase();
 *   it("…", async () => { await db().user.count(); await db.prisma.user.count(); });
 */
export function useTestDatabase(): TTestDbHandle {
  let current: TTestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
    setDbForTesting(current.prisma);
  });
  afterAll(async () => {
    setDbForTesting(undefined);
    const closing = current;
    current = undefined;
    await closing?.close();
  });
  const database = (): TTestDatabase => {
    if (!current) throw new Error("useTestDatabase(): the database exists only inside tests and hooks (after beforeAll)");
    return current;
  };
  const handle = (): PrismaClient => database().prisma;
  return Object.defineProperties(handle, {
    prisma: { get: () => database().prisma },
    database: { get: database },
    kind: { get: () => database().kind },
  }) as TTestDbHandle;
}

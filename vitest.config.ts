import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

const INTEGRATION = ["src/**/*.integration.test.ts", "scripts/**/*.integration.test.ts", "tests/integration/**/*.test.ts"];

/**
 * What `npm test` runs on PGlite as well as on PostgreSQL: the embedded database's own machinery
 * (migrations, drift, seed, lock, socket server, backup, create-admin), the audit trigger and
 * chain, sessions, health, outage, rate limits, and transaction rollback. Every integration file
 * runs on PostgreSQL, and every e2e spec runs against an embedded (PGlite) database started the way
 * `npm run demo` starts it, which covers each feature's storage on PGlite through the pages
 * (search, files, the roster import, the loop's commands); `npm run test:int:pglite:all` runs every
 * file on PGlite too (about twice the time, which the CI budget of 20 minutes on two cores does not
 * allow).
 */
const EMBEDDED_CORE = [
  "tests/integration/{backup,create-admin,embedded-lock,migrations,schema-drift,seed}.integration.test.ts",
  "scripts/**/*.integration.test.ts",
  "src/server/{audit,session,health,outage,rate-limit}.integration.test.ts",
  "src/server/items/atomicity.integration.test.ts",
];

/** Each test file gets its own database (tests/helpers/test-db.ts); files run in separate processes. */
function integrationProject(name: string, testDb: "pglite" | "postgres", include = INTEGRATION): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include,
      env: { TEST_DB: testDb },
      globalSetup: ["tests/helpers/global-setup.ts"],
      pool: "forks",
      maxWorkers: 2,
      // PGlite starts a WASM PostgreSQL per file: seconds on a busy two-core machine.
      testTimeout: 30_000,
      hookTimeout: 120_000,
    },
  };
}

export default defineConfig({
  resolve: {
    alias: {
      "@": here("./src"),
      "server-only": here("./tests/helpers/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.integration.test.ts"],
          testTimeout: 10_000,
          // the same pool size as the integration projects, so that `npm test` runs all three in one pool
          maxWorkers: 2,
        },
      },
      integrationProject("int-pglite", "pglite", EMBEDDED_CORE),
      integrationProject("int-pglite-all", "pglite"),
      integrationProject("int-postgres", "postgres"),
    ],
  },
});

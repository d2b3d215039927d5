import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

const INTEGRATION = ["src/**/*.integration.test.ts", "scripts/**/*.integration.test.ts", "tests/integration/**/*.test.ts"];

/** Each test file gets its own database (tests/helpers/test-db.ts); files run in separate processes. */
function integrationProject(name: string, testDb: "pglite" | "postgres"): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: INTEGRATION,
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
        },
      },
      integrationProject("int-pglite", "pglite"),
      integrationProject("int-postgres", "postgres"),
    ],
  },
});

import { defineConfig, devices } from "@playwright/test";
import { BASE_URL } from "./tests/e2e/support/settings";

/**
 * End-to-end tests in Debian's Chromium against the PRODUCTION build, started by the portal's own
 * launcher on 127.0.0.1:3100 over a freshly migrated and seeded database: a new embedded one in a
 * temp dir by default, or PostgreSQL's lvzhi_e2e with E2E_DB=postgres (tests/e2e/support/web-server.ts).
 *
 * Specs never share mutable state: lockout tests lock accounts they create themselves, so the
 * order of the files does not matter and two workers are safe.
 */
const CI = !!process.env.CI;

export default defineConfig({
  testDir: "./tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "./test-results",
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-gpu",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx tests/e2e/support/web-server.ts",
    url: `${BASE_URL}/api/health`,
    // Building on two cores takes a few minutes; the database is prepared alongside.
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 15 * 60_000),
    reuseExistingServer: !CI && process.env.E2E_FRESH_SERVER !== "1",
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});

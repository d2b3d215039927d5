// ESLint 9 flat config. eslint-config-next 16 exports flat config arrays:
// "eslint-config-next/core-web-vitals" (react, react-hooks, import, jsx-a11y, @next/next with the
// Core Web Vitals rules as errors) and "eslint-config-next/typescript" (typescript-eslint's
// recommended set, which registers the @typescript-eslint plugin used below). Our own rules
// encode the conventions of architecture.md. `npm run lint` allows no warnings.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** The database is reached only through src/server (which authorizes every read and write). */
const databaseImports = {
  patterns: [
    {
      group: ["@/generated/prisma", "@/generated/prisma/*", "**/generated/prisma", "**/generated/prisma/*"],
      message: "Routes and UI do not import Prisma: call a query or command in src/server (architecture.md).",
    },
    {
      group: ["@/server/db", "**/server/db"],
      message: "Routes and UI do not touch the database client: call a query or command in src/server.",
    },
  ],
};

export default defineConfig([
  globalIgnores([
    "src/generated/**",
    ".next/**",
    "data/**",
    "node_modules/**",
    "tools/prisma6/**",
    "test-results/**",
    "playwright-report/**",
    "coverage/**",
    "next-env.d.ts",
  ]),
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": [
        "error",
        { "ts-ignore": true, "ts-nocheck": true, "ts-check": false, "ts-expect-error": "allow-with-description" },
      ],
    },
  },
  {
    // "type over interface" (architecture.md); module augmentation in .d.ts files needs interface.
    files: ["**/*.{ts,tsx}"],
    ignores: ["**/*.d.ts"],
    rules: { "@typescript-eslint/consistent-type-definitions": ["error", "type"] },
  },
  {
    // Only src/server/env.ts reads the environment (scripts/ and tests may).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/server/env.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through src/server/env.ts (env())." },
      ],
    },
  },
  {
    // src/domain is pure TypeScript: no Next, React, Prisma or server modules (tests may compare
    // the domain with the generated Prisma enums).
    files: ["src/domain/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "next-auth", "next-auth/*", "next-intl", "next-intl/*", "react", "react-dom", "react/*"],
              message: "src/domain holds pure rules: no framework imports.",
            },
            {
              group: ["@prisma/*", "@/generated/*", "**/generated/*", "@/server/*", "**/server/*", "server-only"],
              message: "src/domain holds pure rules: no database or server imports.",
            },
          ],
        },
      ],
    },
  },
  {
    // Test files are not React: vitest helpers named use…() (e.g. useTestDatabase) are not hooks.
    files: ["**/*.test.ts", "tests/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["src/app/**", "src/features/**", "src/components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...databaseImports,
          paths: [
            {
              name: "next/link",
              message: "Use Link from @/components/ui/link: it does not prefetch every link in view (each prefetch runs the signed-in layout on the server).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", databaseImports] },
  },
]);

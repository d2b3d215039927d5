/**
 * `npm run db:drift` — fails when prisma/schema.prisma and prisma/migrations disagree, i.e. when
 * applying every migration to an empty database does not yield the schema. The test
 * tests/integration/schema-drift.integration.test.ts runs the same check.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { diffMigrationsToSchema, type TDiffResult } from "./prisma6";

export async function checkDrift(options: { schemaPath?: string; migrationsDir?: string } = {}): Promise<TDiffResult> {
  return diffMigrationsToSchema(options);
}

export function driftMessage(result: TDiffResult): string {
  return [
    "prisma/schema.prisma and prisma/migrations disagree. Applying the migrations leaves this to do:",
    "",
    result.sql,
    "",
    "Create a migration for it with `npm run db:new-migration -- <name>` (or revert the schema change).",
  ].join("\n");
}

async function main(): Promise<void> {
  const result = await checkDrift();
  if (result.differs) {
    console.error(driftMessage(result));
    process.exit(1);
  }
  console.log(`Schema and migrations agree (${result.ms} ms).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`db:drift failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

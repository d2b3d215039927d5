/**
 * `npm run db:migrate` — applies prisma/migrations to DATABASE_URL when set, else to the embedded
 * database in ./data (which must not be open in another process).
 */
import { dataDirFromEnv, openEmbedded } from "./embedded";
import { migrateUrl } from "./connect";
import { applyMigrations, pgliteRunner, type TMigrateResult } from "./migrations";

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

function report(target: string, result: TMigrateResult): void {
  if (result.applied.length === 0) {
    console.log(`${target}: up to date (${result.alreadyApplied.length} migrations already applied, ${result.ms} ms)`);
  } else {
    console.log(`${target}: applied ${result.applied.length} migration(s) in ${result.ms} ms: ${result.applied.join(", ")}`);
  }
}

async function main(): Promise<void> {
  const log = (line: string): void => console.log(`  ${line}`);
  const url = process.env.DATABASE_URL;
  if (url) {
    report(redact(url), await migrateUrl(url, log));
    return;
  }
  const embedded = await openEmbedded(dataDirFromEnv());
  try {
    report(`embedded database ${embedded.dir}`, await applyMigrations(pgliteRunner(embedded.db), { log }));
  } finally {
    await embedded.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/**
 * `npm run db:new-migration -- <name> [--empty]` — writes the SQL that brings prisma/migrations in
 * line with prisma/schema.prisma into prisma/migrations/<UTC timestamp>_<name>/migration.sql.
 * `--empty` writes an empty migration for hand-written SQL (triggers, data fixes).
 * Review the file, then `npm run db:migrate` and `npm run prisma:generate`.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "./migrations";
import { diffMigrationsToSchema } from "./prisma6";

function timestamp(date: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}`;
}

/** A timestamp later than every existing folder, so that the new migration sorts last. */
function nextPrefix(): string {
  const last = readdirSync(MIGRATIONS_DIR).filter((n) => /^\d{14}_/.test(n)).sort().pop();
  let candidate = timestamp(new Date());
  if (last && candidate <= last.slice(0, 14)) {
    const lastDate = last.slice(0, 14).replace(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/, "$1-$2-$3T$4:$5:$6Z");
    candidate = timestamp(new Date(Date.parse(lastDate) + 1000));
  }
  return candidate;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const empty = args.includes("--empty");
  const name = args.find((a) => !a.startsWith("--"));
  if (!name || !/^[a-z][a-z0-9_]{0,60}$/.test(name)) {
    console.error("Usage: npm run db:new-migration -- <name> [--empty]   (name: lower-case letters, digits, _)");
    process.exit(2);
  }
  let sql = "-- Hand-written migration: put the SQL here.\n";
  if (!empty) {
    const diff = await diffMigrationsToSchema();
    if (!diff.differs) {
      console.log("The migrations already match prisma/schema.prisma: nothing to write. (Use --empty for hand-written SQL.)");
      return;
    }
    sql = `${diff.sql}\n`;
  }
  const folder = path.join(MIGRATIONS_DIR, `${nextPrefix()}_${name}`);
  if (existsSync(folder)) throw new Error(`${folder} already exists`);
  mkdirSync(folder);
  writeFileSync(path.join(folder, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(folder, "migration.sql"))}. Review it, then run npm run db:migrate.`);
}

main().catch((error: unknown) => {
  console.error(`db:new-migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

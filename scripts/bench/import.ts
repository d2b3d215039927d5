/**
 * `npm run bench:import [-- --rows 10000] [-- --db postgres]` — generates a roster of N deputies
 * (10,000 by default) as a real .xlsx, and times the two steps of an import through the same server
 * functions the upload and "import all" routes call: read + validate + stage, then the one commit
 * transaction (with its progress). Runs on a throw-away database: in-process PGlite from the test
 * template (default), or a fresh PostgreSQL database cloned from the test template on TEST_PG_URL
 * (postgresql://postgres@127.0.0.1:5432/postgres), dropped afterwards. Also times the refusal of a
 * 100,000-row roster. Prints one line per step and exits non-zero when the import fails.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { setDbForTesting } from "@/server/db";
import { commitImport } from "@/server/deputies/import/commit";
import { readRoster } from "@/server/deputies/import/read-workbook";
import { stageImport } from "@/server/deputies/import/stage";
import { seedDemo } from "../../prisma/seed/demo";
import { rosterRow, rosterXlsx, sessionUserFor } from "../../tests/factories/roster";
import {
  databaseUrlFor, ensurePgliteTemplate, ensurePostgresTemplate, newTestDatabaseName, postgresTemplateName, testPgAdminUrl, withAdmin,
} from "../../tests/helpers/global-setup";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const ROWS = Number(arg("rows", "10000"));
const KIND = arg("db", "pglite") === "postgres" ? "postgres" : "pglite";
const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;
const log = (line: string) => console.log(`[bench:import] ${line}`);

async function openDatabase(): Promise<{ prisma: PrismaClient; close(): Promise<void> }> {
  if (KIND === "pglite") {
    const { file } = await ensurePgliteTemplate();
    const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return { prisma, close: async () => { await prisma.$disconnect(); await pglite.close(); } };
  }
  await ensurePostgresTemplate();
  const name = newTestDatabaseName().replace(/^lvzhi_test/, "lvzhi_bench");
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${postgresTemplateName()}"`));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrlFor(testPgAdminUrl(), name), max: 4 }) });
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

const total = performance.now();
log(`${ROWS} rows on ${KIND} · ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? "?"}) · node ${process.version}`);
const { prisma, close } = await openDatabase();
let exitCode = 0;
try {
  setDbForTesting(prisma);
  let t = performance.now();
  await seedDemo(prisma);
  log(`demo data loaded: ${ms(t)}`);
  const staff = await sessionUserFor(prisma, "staff");
  const ctx = { ip: "127.0.0.1", requestId: "bench-import" };

  t = performance.now();
  const bytes = await rosterXlsx({ rows: Array.from({ length: ROWS }, (_, i) => rosterRow(100_000 + i)) });
  log(`roster generated: ${(bytes.byteLength / 1024).toFixed(0)} KiB in ${ms(t)}`);

  t = performance.now();
  const staged = await stageImport(staff, { name: "bench.xlsx", bytes }, staff.committeeId!, ctx);
  if (!staged.ok || staged.status !== "VALIDATED") throw new Error(`roster refused: ${JSON.stringify(staged)}`);
  const validated = performance.now() - t;
  log(`read + validated + staged: ${validated.toFixed(0)} ms`);

  t = performance.now();
  let last = 0;
  const { imported } = await commitImport(staff, staged.importId, ctx, (p) => {
    if (p.done - last >= 2_000 || p.done === p.total) {
      log(`  progress ${p.done} / ${p.total} (${ms(t)})`);
      last = p.done;
    }
  });
  const committed = performance.now() - t;
  log(`imported ${imported} deputies in one transaction: ${committed.toFixed(0)} ms`);
  log(`upload-to-register: ${(validated + committed).toFixed(0)} ms (${((ROWS * 1000) / (validated + committed)).toFixed(0)} rows/s)`);

  t = performance.now();
  const huge = await rosterXlsx({ header: ["姓名"], rows: Array.from({ length: 100_000 }, (_, i) => [`代表${i}`]) });
  const generated = ms(t);
  t = performance.now();
  const refused = await readRoster(huge);
  log(`100,000-row roster (${(huge.byteLength / 1024).toFixed(0)} KiB, generated in ${generated}): ${refused.ok ? "ACCEPTED?!" : refused.refusal} in ${ms(t)}`);
} catch (error) {
  console.error(`[bench:import] failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  setDbForTesting(undefined);
  await close();
}
log(`total ${ms(total)}`);
process.exit(exitCode);

/**
 * `npm run seed:scale` — one synthetic province for the benchmark (issue 6 item 2), into the
 * PostgreSQL database at DATABASE_URL (never the embedded one: it is for the demo).
 *
 *   DATABASE_URL=postgresql://root@127.0.0.1:5432/lvzhi_scale npm run seed:scale [-- --scale 0.1] [--reset]
 *
 * Migrates, refuses a database that already holds items unless --reset (which drops and recreates
 * the database, allowed only when its name contains "scale"), then writes everything
 * with multi-row INSERT … SELECT generate_series (the fastest path without COPY), VACUUMs and ANALYZEs, and
 * builds the dashboard's figures. Prints the time of each step. Two accounts for the benchmark:
 * bench-staff (STAFF) and bench-leader (LEADER) of the province's committee, password below.
 *
 * The 2,000,000 activity records of issue 6 are duty records (DutyRecord, issue 5): activitySteps().
 */
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { itemsSql } from "./items.sql";
import { placesSql } from "./places.sql";

export const BENCH_PASSWORD = "Lvzhi#Bench2026";
const STAFF_ID = "00000000-0000-4000-8000-00000000b001";
const LEADER_ID = "00000000-0000-4000-8000-00000000b002";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const scale = Number(arg("--scale") ?? "1");
const reset = process.argv.includes("--reset");
const SIZES = {
  deputies: Math.round(200_000 * scale),
  items: Math.round(300_000 * scale),
  stations: Math.min(5_000, Math.round(5_000 * Math.max(scale, 0.2))),
  deputyAccounts: Math.max(100, Math.round(20_000 * scale)),
  activities: Math.round(2_000_000 * scale),
};

const DUTY_TYPES = ["STUDY", "TRAINING", "STATION_DUTY", "INSPECTION", "RESEARCH", "LAW_ENFORCEMENT", "SPECIAL_INQUIRY", "PROMOTION", "MEDIATION", "FACE_TO_FACE", "GRID_WORK", "SUGGESTION", "VOTE", "GROUP_ACTIVITY"];

/**
 * Duty records (活动记录): `n` rows over the deputies, dated 2024-01-01 … 2026-11-28 (1,063 days),
 * 80% confirmed, 10% submitted, 5% drafts, 5% returned; a deputy's records spread over the years,
 * so the share of deputies with a confirmed record per quarter is well below 100%.
 */
function activitySteps(n: number, deputies: number): string[] {
  const types = `ARRAY[${DUTY_TYPES.map((t) => `'${t}'`).join(",")}]`;
  return [
    `INSERT INTO "DutyRecord" ("id", "deputyId", "type", "date", "place", "description", "status", "origin", "confirmedAt", "updatedAt")
     SELECT pg_temp.scale_uuid('scale-duty' || j), pg_temp.scale_uuid('scale-deputy' || ((j::bigint * 7919) % ${deputies} + 1)),
            (${types})[j % ${DUTY_TYPES.length} + 1]::"DutyRecordType",
            DATE '2024-01-01' + ((j::bigint * 37) % 1063)::int, '代表联络站', '规模测试履职记录 ' || j,
            st.status::"DutyRecordStatus", 'MANUAL',
            CASE WHEN st.status = 'CONFIRMED' THEN now() END, now()
     FROM generate_series(1, ${n}) j
     CROSS JOIN LATERAL (SELECT CASE WHEN j % 20 < 16 THEN 'CONFIRMED' WHEN j % 20 < 18 THEN 'SUBMITTED' WHEN j % 20 = 18 THEN 'DRAFT' ELSE 'RETURNED' END AS status) st`,
  ];
}

/** --reset: drops and recreates the database named in DATABASE_URL (it must be a dedicated one). */
async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes("scale")) throw new Error(`--reset only recreates a database whose name contains "scale" (got "${name}")`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  console.log(`recreated database ${name}`);
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required: the scale data goes into PostgreSQL, e.g. postgresql://root@127.0.0.1:5432/lvzhi_scale");
  if (!(scale > 0 && scale <= 1)) throw new Error("--scale must be in (0, 1]");
  const t0 = Date.now();
  if (reset) await recreateDatabase(url);
  const { openScriptDb } = await import("../db/connect");
  const migrated = await openScriptDb({ migrate: true });
  await migrated.close();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, sql: string | string[]) => {
    const started = Date.now();
    for (const s of Array.isArray(sql) ? sql : [sql]) await client.query(s);
    console.log(`${label.padEnd(28)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    const existing = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Item"`);
    if (Number(existing.rows[0]?.n) > 0 && !reset) throw new Error(`the database already holds ${existing.rows[0]?.n} items; run with --reset to replace them`);
    await client.query("SET synchronous_commit = off");
    await client.query("BEGIN");
    const passwordHash = await hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await step("regions, committees, units", placesSql(SIZES.deputies, SIZES.stations, SIZES.deputyAccounts).slice(0, 9));
    await step(`deputies (${SIZES.deputies})`, placesSql(SIZES.deputies, SIZES.stations, SIZES.deputyAccounts).slice(9, 10));
    await step("accounts", [
      ...placesSql(SIZES.deputies, SIZES.stations, SIZES.deputyAccounts).slice(10, 12),
      `INSERT INTO "User" ("id", "username", "displayName", "passwordHash", "role", "committeeId", "updatedAt") VALUES
         ('${STAFF_ID}', 'bench-staff', '压测工作人员', '${passwordHash}', 'STAFF', pg_temp.scale_uuid('scale-sc' || pg_temp.scale_uuid('scale-region-p')), now()),
         ('${LEADER_ID}', 'bench-leader', '压测领导', '${passwordHash}', 'LEADER', pg_temp.scale_uuid('scale-sc' || pg_temp.scale_uuid('scale-region-p')), now())`,
    ]);
    await step(`stations (${SIZES.stations})`, placesSql(SIZES.deputies, SIZES.stations, SIZES.deputyAccounts).slice(12));
    const items = itemsSql(SIZES.items, SIZES.deputyAccounts, STAFF_ID);
    await step(`item plan (${SIZES.items})`, items.slice(0, 5));
    await step("items", items.slice(5, 6));
    await step("item histories", items.slice(6, 7));
    await step("item units and sponsors", items.slice(7));
    await step(`activity records (${SIZES.activities})`, activitySteps(SIZES.activities, SIZES.deputies));
    await client.query("COMMIT");
    // VACUUM as well as ANALYZE: a database in service is vacuumed by autovacuum, which sets the
    // visibility map that index-only scans need (without it the register's unit filter read 3,354
    // heap pages per request: 14 ms instead of 3). Some machines run PostgreSQL with autovacuum off.
    // …and only after the inserts' commit record is flushed: the data went in with synchronous_commit
    // off, and VACUUM does not mark a page all-visible while its inserter's commit may still be lost
    // (without this the seed's VACUUM left every page of Item unmarked: relallvisible 0). A synchronous
    // commit with an xid (txid_current) flushes the WAL up to and past it.
    await client.query("RESET synchronous_commit");
    await client.query("SELECT txid_current()");
    await step("vacuum and analyze", "VACUUM (ANALYZE)");
    const counts = await client.query<{ t: string; n: string }>(`
      SELECT 'Deputy' AS t, count(*)::text AS n FROM "Deputy" UNION ALL SELECT 'Item', count(*)::text FROM "Item"
      UNION ALL SELECT 'ItemHistory', count(*)::text FROM "ItemHistory" UNION ALL SELECT 'LiaisonStation', count(*)::text FROM "LiaisonStation"
      UNION ALL SELECT 'HandlingUnit', count(*)::text FROM "HandlingUnit" UNION ALL SELECT 'Region', count(*)::text FROM "Region"
      UNION ALL SELECT 'DutyRecord', count(*)::text FROM "DutyRecord"`);
    console.log(counts.rows.map((r) => `${r.t} ${r.n}`).join(", "));
    const started = Date.now();
    const { refreshDashboard } = await import("../../src/server/dashboard/refresh");
    const r = await refreshDashboard({ full: true, wait: true });
    console.log(`${"dashboard figures (full)".padEnd(28)} ${((Date.now() - started) / 1000).toFixed(1)} s (${r?.items ?? 0} items)`);
    await step("vacuum figures", `VACUUM (ANALYZE) "DashboardFigure", "DashboardItemFact"`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s. Bench accounts: bench-staff / bench-leader, password ${BENCH_PASSWORD}`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

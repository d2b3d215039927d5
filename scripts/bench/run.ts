/**
 * `npm run bench` — issue 6 item 3, against the production build on PostgreSQL with the scale data
 * (`npm run seed:scale`). Needs `npm run build` first (or the build the e2e run left behind).
 *
 *   DATABASE_URL=postgresql://root@127.0.0.1:5432/lvzhi_scale npm run bench [-- --seconds 20 --port 3208]
 *     [--instances 2] [--only floor,register] [--profile]
 *
 * --instances N starts N servers on consecutive ports and spreads the requests over them in turn (as
 * a round-robin reverse proxy would); --only runs some targets (floor, dashboard, register, item,
 * archive); --profile writes each server's V8 CPU profile into bench/profiles.
 *
 * Starts scripts/app-server.ts (NODE_ENV=production, LVZHI_BENCH_FLOOR=1), signs in as bench-staff,
 * and measures at concurrency 20: the dashboard (rotating year and region filters), the staff item
 * register with filters, item pages, a deputy's archive (/duty/archive/[deputyId], deputies with
 * records this year), and the framework floor (/dashboard/floor: layout and session check, no
 * data). In the same run: the database floor (floor-sql.ts, plain SQL from the base tables, run one
 * after another) and the server's resident memory (peak RSS, sampled every 250 ms).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import pg from "pg";
import { heapArgs } from "../server/heap";
import { FLOOR_QUERIES } from "./floor-sql";
import { quantile, runLoad, type TLoadResult } from "./load";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
};
const PORT = Number(arg("--port", "3208"));
const SECONDS = Number(arg("--seconds", "20"));
const CONCURRENCY = Number(arg("--concurrency", "20"));
/** app servers on PORT, PORT+1, …: one per core is how a deployment uses a machine (docs/DEPLOY.md) */
const INSTANCES = Math.max(1, Number(arg("--instances", "1")));
/** a comma-separated subset of the targets (floor, dashboard, register, item, archive) */
const ONLY = arg("--only", "").split(",").filter(Boolean);
/** write V8 CPU profiles of the servers into bench/profiles (opened in Chrome DevTools) */
const PROFILE = process.argv.includes("--profile");
const BASES = Array.from({ length: INSTANCES }, (_, i) => `http://127.0.0.1:${PORT + i}`);
const BASE = BASES[0] as string;
const PASSWORD = "Lvzhi#Bench2026";

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) of a process in ms, from /proc (Linux; 0 elsewhere) */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}

/** CPU time of every PostgreSQL process on this machine (a local server: its backends serve the bench) */
function postgresCpuMs(): number {
  let total = 0;
  for (const entry of existsSync("/proc") ? readdirSync("/proc") : []) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim().startsWith("postgres")) total += cpuMsOf(Number(entry));
    } catch {
      /* gone */
    }
  }
  return total;
}

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer /api/health within 2 minutes");
}

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const eq = pair?.indexOf("=") ?? -1;
    if (pair && eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}

async function signIn(username: string): Promise<string> {
  const jar = new Map<string, string>();
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  cookiesOf(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), origin: BASE },
    body: new URLSearchParams({ username, password: PASSWORD, csrfToken, json: "true" }),
  });
  cookiesOf(res, jar);
  if (![...jar.keys()].some((k) => k.endsWith("lvzhi.session"))) throw new Error(`sign-in as ${username} failed (${res.status})`);
  return header();
}

async function databaseFloor(client: pg.Client, provinceId: string, runs = 5) {
  const per: Record<string, number[]> = {};
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    for (const [name, sql] of Object.entries(FLOOR_QUERIES)) {
      const t = performance.now();
      await client.query(sql, [provinceId]);
      (per[name] ??= []).push(performance.now() - t);
    }
    totals.push(performance.now() - started);
  }
  totals.sort((a, b) => a - b);
  const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);
  return { median: median(totals), max: totals.at(-1) ?? NaN, per: Object.fromEntries(Object.entries(per).map(([k, v]) => [k, median(v)])) };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required (the database `npm run seed:scale` filled)");
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const province = await client.query<{ id: string }>(`SELECT "id"::text AS id FROM "Region" WHERE "code" = 'S410000'`);
  const provinceId = province.rows[0]?.id;
  if (!provinceId) throw new Error("no scale data: run `npm run seed:scale` first");
  const cities = (await client.query<{ id: string }>(`SELECT "id"::text AS id FROM "Region" WHERE "parentId" = $1::uuid ORDER BY "code"`, [provinceId])).rows;
  const items = (
    await client.query<{ id: string }>(
      `SELECT i."id"::text AS id FROM "Item" i JOIN "User" u ON u."committeeId" = i."committeeId" WHERE u."username" = 'bench-staff'
         AND i."id"::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab]' -- ids the app accepts (a seed before the fix made others)
       ORDER BY i."id" LIMIT 200`,
    )
  ).rows;
  // deputies of bench-staff's committee (a committee's staff keep its deputies' archives) with activity records this year
  const deputies = (
    await client.query<{ id: string }>(
      `SELECT d."id"::text AS id FROM "Deputy" d JOIN "User" u ON u."committeeId" = d."committeeId" AND u."username" = 'bench-staff'
        WHERE d."status" = 'ACTIVE' AND d."id"::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab]'
          AND EXISTS (SELECT 1 FROM "DutyRecord" r WHERE r."deputyId" = d."id" AND r."date" >= DATE '2026-01-01')
        ORDER BY d."id" LIMIT 200`,
    )
  ).rows;
  const counts = await client.query<{ t: string; n: string }>(
    `SELECT 'deputies' AS t, count(*)::text AS n FROM "Deputy" UNION ALL SELECT 'items', count(*)::text FROM "Item" UNION ALL SELECT 'history', count(*)::text FROM "ItemHistory" UNION ALL SELECT 'stations', count(*)::text FROM "LiaisonStation"`,
  );

  const secret = randomBytes(32).toString("hex");
  const servers = BASES.map((base, i) => {
    const port = PORT + i;
    const nodeArgs = [...heapArgs(), ...(PROFILE ? ["--cpu-prof", "--cpu-prof-dir=bench/profiles"] : []), "--import", "tsx", "scripts/app-server.ts", "-p", String(port), "-H", "127.0.0.1"];
    const server = spawn(process.execPath, nodeArgs, {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: base, LVZHI_BENCH_FLOOR: "1", NEXT_TELEMETRY_DISABLED: "1", DB_POOL_MAX: String(Math.ceil(20 / INSTANCES)), LVZHI_JOBS_INTERVAL_SECONDS: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // the server's own lines (gate changes, jobs, errors) go to stderr with a prefix: they explain odd figures
    for (const stream of [server.stdout, server.stderr]) stream?.on("data", (chunk: Buffer) => process.stderr.write(`[server ${i + 1}] ${chunk.toString()}`));
    return server;
  });
  const peakRss = servers.map(() => 0);
  let peakTotal = 0;
  const sampler = setInterval(() => {
    const now = servers.map((s) => rssOf(s.pid ?? 0));
    now.forEach((r, i) => (peakRss[i] = Math.max(peakRss[i] ?? 0, r)));
    peakTotal = Math.max(peakTotal, now.reduce((a, b) => a + b, 0));
  }, 250);
  try {
    for (const base of BASES) await waitForHealth(base);
    const cookie = await signIn("bench-staff");
    const headers = { cookie };
    // the database floor only matters beside the dashboard (five whole-province computations: minutes)
    const floorDb = ONLY.length === 0 || ONLY.includes("dashboard") ? await databaseFloor(client, provinceId) : null;
    const dashboardUrls = [
      `${BASE}/dashboard`,
      `${BASE}/dashboard?year=2025`,
      ...cities.slice(0, 6).map((c, i) => `${BASE}/dashboard?region=${c.id}${i % 2 ? "&year=2026" : ""}`),
      `${BASE}/dashboard?level=COUNTY`,
    ];
    const registerUrls = ["HANDLING", "CLOSED", "ASSIGNED", "REPLIED"].flatMap((stage) => [1, 2, 3].map((p) => `${BASE}/items?stage=${stage}&page=${p}`));
    const itemUrls = items.map((r) => `${BASE}/items/${r.id}`);
    const archiveUrls = deputies.map((r) => `${BASE}/duty/archive/${r.id}?year=2026`);
    const opts = { concurrency: CONCURRENCY, seconds: SECONDS, warmup: 40, headers };
    // with several instances, consecutive requests go to the next one (as a round-robin proxy would)
    const spread = (urls: readonly string[]) => urls.map((u, i) => u.replace(BASE, BASES[i % BASES.length] as string));
    const targets = [
      ["floor", "framework floor (/dashboard/floor)", Array.from({ length: BASES.length }, () => `${BASE}/dashboard/floor`)],
      ["dashboard", "dashboard", dashboardUrls],
      ["register", "item register (/items?stage=…&page=…)", registerUrls],
      ["item", "item page (/items/[id])", itemUrls],
      ["archive", "deputy's archive (/duty/archive/[deputyId])", archiveUrls],
    ] as const;
    const results: (TLoadResult & { appCpu: number; dbCpu: number })[] = [];
    const appCpu = () => servers.reduce((sum, s) => sum + cpuMsOf(s.pid ?? 0), 0);
    for (const [key, label, urls] of targets) {
      if (ONLY.length > 0 && !ONLY.includes(key)) continue;
      // CPU from the end of the warm-up to the end of the last measured request (a response still
      // being written when the clock stops is counted; the requests in flight at the start are not)
      let [app0, db0] = [0, 0];
      const load = await runLoad(label, spread(urls), { ...opts, onMeasure: () => ([app0, db0] = [appCpu(), postgresCpuMs()]) });
      const r = { ...load, appCpu: (appCpu() - app0) / load.requests, dbCpu: (postgresCpuMs() - db0) / load.requests };
      results.push(r);
      console.error(`${label}: ${r.requests} requests, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, ${r.rps.toFixed(1)} req/s, ${r.errors} errors ${JSON.stringify(r.statuses)}, app CPU ${r.appCpu.toFixed(1)} ms/req, PostgreSQL CPU ${r.dbCpu.toFixed(1)} ms/req, ${r.kib.toFixed(0)} KiB`);
    }
    const floorRps = results.find((r) => r.label.startsWith("framework floor"))?.rps ?? NaN;
    const dashboard = results.find((r) => r.label === "dashboard");
    const lines = [
      `Run ${new Date().toISOString()} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average before ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`,
      `Data: ${counts.rows.map((r) => `${r.n} ${r.t}`).join(", ")} · concurrency ${CONCURRENCY}, ${SECONDS} s per target, ${INSTANCES} app instance(s)`,
      "",
      "| target | requests | errors | p50 ms | p95 ms | req/s | % of framework floor | app CPU ms/req | PostgreSQL CPU ms/req | KiB/page |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...results.map(
        (r) =>
          `| ${r.label} | ${r.requests} | ${r.errors} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.rps.toFixed(1)} | ${((r.rps / floorRps) * 100).toFixed(0)}% | ${r.appCpu.toFixed(1)} | ${r.dbCpu.toFixed(1)} | ${r.kib.toFixed(0)} |`,
      ),
      "",
      ...(floorDb
        ? [
            `Database floor (plain SQL from base tables, whole province, one after another, 5 runs): median ${floorDb.median.toFixed(0)} ms, max ${floorDb.max.toFixed(0)} ms`,
            `  per query (median ms): ${Object.entries(floorDb.per).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")}`,
            `Dashboard p95 ${dashboard?.p95.toFixed(0) ?? "(not run)"} ms vs database floor ${floorDb.median.toFixed(0)} ms`,
          ]
        : []),
      `Server peak RSS: ${peakRss.map((r) => `${(r / 2 ** 20).toFixed(0)} MiB`).join(" + ")}${INSTANCES > 1 ? ` (together at most ${(peakTotal / 2 ** 20).toFixed(0)} MiB)` : ""}`,
    ];
    console.log(lines.join("\n"));
  } finally {
    clearInterval(sampler);
    await Promise.all(servers.map((s) => new Promise((done) => (s.once("exit", done), s.kill("SIGTERM")))));
    await client.end();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

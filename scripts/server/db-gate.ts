/**
 * Watches the database from the app server (security.md #18): a `SELECT 1` on its own connection
 * every second while the database is down (or a probe just failed) and every 3 seconds while it is
 * up; two failed probes in a row close the gate. While it is down,
 * the server answers pages and actions with a clear 503 (a self-contained page from the catalog)
 * instead of half-rendered errors; `/api/health` still reaches the app and says so itself. When
 * the database is back the next probe reopens the gate: recovery needs no restart.
 */
import pg from "pg";

const FAILURES_TO_CLOSE = 2;

export type TDbGate = { isUp(): boolean; stop(): void };

export function startDbGate(databaseUrl: string | undefined, log: (line: string) => void): TDbGate {
  if (!databaseUrl) return { isUp: () => true, stop: () => {} };
  let up = true;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function probe(): Promise<boolean> {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1_500, query_timeout: 1_500 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  }

  // One failed probe is not an outage: while the event loop is busy (start-up, a long job's burst)
  // the probe's 1.5 s timer can expire before its socket is even read. The gate closes after two
  // failures in a row (the second one second after the first) and reopens on the first success.
  let failures = 0;
  async function tick(): Promise<void> {
    const ok = await probe();
    failures = ok ? 0 : failures + 1;
    const now = ok ? true : failures >= FAILURES_TO_CLOSE ? false : up;
    if (now !== up) log(now ? "database is back: serving again" : "database unreachable: answering 503 until it returns");
    up = now;
    if (!stopped) timer = setTimeout(() => void tick(), up && failures === 0 ? 3_000 : 1_000);
    timer?.unref();
  }
  void tick();
  return {
    isUp: () => up,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/**
 * Watches the database from the app server (security.md #18): a `SELECT 1` on its own connection
 * every second while the database is down and every 3 seconds while it is up. While it is down,
 * the server answers pages and actions with a clear 503 (a self-contained page from the catalog)
 * instead of half-rendered errors; `/api/health` still reaches the app and says so itself. When
 * the database is back the next probe reopens the gate: recovery needs no restart.
 */
import pg from "pg";

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

  async function tick(): Promise<void> {
    const now = await probe();
    if (now !== up) log(now ? "database is back: serving again" : "database unreachable: answering 503 until it returns");
    up = now;
    if (!stopped) timer = setTimeout(() => void tick(), up ? 3_000 : 1_000);
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

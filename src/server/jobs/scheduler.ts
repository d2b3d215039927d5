import "server-only";
import { env } from "../env";
import { runLoopJob } from "./loop-job";

/**
 * The in-process scheduler: runs the loop job every LVZHI_JOBS_INTERVAL_SECONDS (the production
 * launcher, scripts/app-server.ts, sets 300 unless told otherwise; 0 turns it off, e.g. when a cron
 * runs `npm run jobs:run` instead). Several instances may all run it: the job is idempotent and
 * sends each alert once (src/server/jobs/loop-job.ts). A run never overlaps the previous one.
 */
const state = globalThis as unknown as { lvzhiLoopScheduler?: { timer: NodeJS.Timeout } };

const log = (line: string) => console.log(`[lvzhi] jobs: ${line}`);

export function startLoopScheduler(): boolean {
  const seconds = env().LVZHI_JOBS_INTERVAL_SECONDS;
  if (seconds === 0 || state.lvzhiLoopScheduler) return false;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await runLoopJob();
      if (r.alerts > 0) log(`${r.alerts} alerts, ${r.notifications} notifications (${r.scanned} items, ${r.ms} ms)`);
    } catch (error) {
      // the database may be down (security.md: recover by itself): try again at the next tick
      log(`run failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), seconds * 1000);
  timer.unref();
  setTimeout(() => void tick(), 5_000).unref();
  state.lvzhiLoopScheduler = { timer };
  log(`every ${seconds} s`);
  return true;
}

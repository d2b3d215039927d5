/**
 * Next's startup hook (runs once per server process before requests are handled): starts the
 * loop's in-process scheduler on the Node.js runtime when LVZHI_JOBS_INTERVAL_SECONDS > 0.
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own marker, not configuration (the rest is read in src/server/env.ts)
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startLoopScheduler } = await import("./server/jobs/scheduler");
  startLoopScheduler();
}

/**
 * Next's startup hook (runs once per server process before requests are handled): starts the
 * loop's in-process scheduler on the Node.js runtime when LVZHI_JOBS_INTERVAL_SECONDS > 0.
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own build-time marker, not configuration: it must stay a literal
  // process.env read so that the edge bundle drops the import below (the interval is read in env.ts)
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startLoopScheduler } = await import("./server/jobs/scheduler");
  startLoopScheduler();
}

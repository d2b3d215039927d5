/**
 * `npm run jobs:run` — one pass of the loop's scheduled job (reminders, overdue flags, escalations),
 * for a cron on any host that reaches the database:
 *
 *   0,10,20,30,40,50 * * * *  cd /srv/lvzhi && DATABASE_URL=postgresql://… npm run jobs:run
 *
 * Safe beside the app servers' own schedulers and beside another cron: each alert is sent once
 * (a unique key in the database). Without DATABASE_URL it opens the embedded ./data, which it then
 * owns (stop `npm start` first). Runs under `tsx --conditions=react-server` so that the app's own
 * job code is used. Exit codes: 0 done, 1 failed.
 */
import { pathToFileURL } from "node:url";
import { runLoopJob } from "@/server/jobs/loop-job";

async function main(): Promise<number> {
  const { openScriptDb } = await import("./db/connect");
  const { prisma, close } = await openScriptDb();
  try {
    const r = await runLoopJob(new Date(), prisma);
    console.log(`[lvzhi] jobs: ${r.alerts} alerts, ${r.notifications} notifications (${r.scanned} items scanned, ${r.ms} ms)`);
    return 0;
  } finally {
    await close();
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

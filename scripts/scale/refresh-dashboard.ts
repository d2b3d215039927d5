/**
 * `npm run dashboard:refresh [-- --full]` — one refresh of the dashboard's figures (incremental;
 * --full rebuilds everything). For a scheduler (cron / systemd timer every minute): safe on several
 * instances at once (an advisory lock lets one refresh; the others skip).
 */
const { refreshDashboard } = await import("../../src/server/dashboard/refresh");
const r = await refreshDashboard({ full: process.argv.includes("--full") });
console.log(r ? `refreshed ${r.items} changed items (years ${r.years.join(", ") || "none"}) in ${r.ms} ms` : "another instance is refreshing; skipped");
process.exit(0);

export {};

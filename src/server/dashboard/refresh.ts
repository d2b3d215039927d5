import "server-only";
import { WATERMARK_OVERLAP_MS } from "@/domain/dashboard/freshness";
import { getDb, type TTx } from "../db";
import { calendarClock } from "../items/clock";
import { deputiesSignature, rebuildDeputies, rebuildItemFigures, rebuildOverdue } from "./cube-sql";
import { upsertFacts } from "./facts";
import { activitySignature, rebuildActivityFigures } from "./activity-sql";

/**
 * The refresh job: reads the items changed since the last refresh (Item.updatedAt, re-reading a
 * little behind the watermark), recomputes their facts, rebuilds the figures of the years they
 * touched, the overdue ranking (it moves with the clock), the deputy counts when deputies changed, and
 * the activity figures (activity-sql.ts) when deputies or an activity source changed — all in one
 * transaction, so the figures and the facts behind the drill-down lists always come from the same
 * snapshot. A transaction-scoped advisory lock lets one instance refresh at a
 * time; the others skip (or, with `wait`, wait for it and then see its result).
 */
const LOCK_KEY = 72707406; // "dashboard"
const BATCH = 2000;
const TX_OPTIONS = { maxWait: 30_000, timeout: 15 * 60_000 } as const;

export type TRefreshResult = { refreshedAt: Date; items: number; years: number[]; deputies: boolean; activity: boolean; ms: number };

async function changedItemIds(tx: TTx, since: Date | null): Promise<{ ids: string[]; latest: Date | null }> {
  const rows = since
    ? await tx.$queryRaw<{ id: string; updatedAt: Date }[]>`SELECT "id"::text AS "id", "updatedAt" FROM "Item" WHERE "updatedAt" >= ${since}`
    : await tx.$queryRaw<{ id: string; updatedAt: Date }[]>`SELECT "id"::text AS "id", "updatedAt" FROM "Item"`;
  let latest: Date | null = null;
  for (const r of rows) if (!latest || r.updatedAt > latest) latest = r.updatedAt;
  return { ids: rows.map((r) => r.id), latest };
}

/**
 * `full` rebuilds everything; `wait` waits for another instance's refresh instead of skipping;
 * `unlessYoungerThanMs` skips when, once the lock is held, the figures turn out to be that fresh
 * (twenty requests that all found them stale make one refresh, not twenty).
 */
export async function refreshDashboard(
  opts: { full?: boolean; wait?: boolean; unlessYoungerThanMs?: number; now?: () => Date } = {},
): Promise<TRefreshResult | null> {
  const clockNow = opts.now ?? (() => new Date());
  return getDb().$transaction(async (tx) => {
    if (opts.wait) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
    } else {
      const got = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS ok`;
      if (!got[0]?.ok) return null;
    }
    const started = Date.now();
    const state = await tx.dashboardRefresh.findUnique({ where: { id: 1 } });
    if (state && opts.unlessYoungerThanMs !== undefined && clockNow().getTime() - state.refreshedAt.getTime() < opts.unlessYoungerThanMs) return null;
    const full = opts.full || !state;
    const since = full || !state ? null : new Date(state.itemsWatermark.getTime() - WATERMARK_OVERLAP_MS);
    const { ids, latest } = await changedItemIds(tx, since);
    const clock = calendarClock();
    const years = new Set<number>();
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const y of await upsertFacts(tx, ids.slice(i, i + BATCH), clock)) years.add(y);
    }
    if (full) {
      await tx.$executeRaw`DELETE FROM "DashboardFigure"`;
      const all = await tx.$queryRaw<{ year: number }[]>`SELECT DISTINCT "year" FROM "DashboardItemFact"`;
      for (const r of all) years.add(r.year);
    }
    await rebuildItemFigures(tx, [...years]);
    const refreshedAt = clockNow();
    await rebuildOverdue(tx, refreshedAt);
    // one column holds both signatures, "<deputies>|<activity>" (activity-sql.ts activitySignature)
    const [stored, storedActivity] = (state?.deputiesSignature ?? "").split("|");
    const deputiesSig = await deputiesSignature(tx);
    const activitySig = await activitySignature(tx);
    const signature = `${deputiesSig}|${activitySig}`;
    const deputies = full || stored !== deputiesSig;
    if (deputies) await rebuildDeputies(tx);
    const activity = deputies || storedActivity !== activitySig;
    if (activity) await rebuildActivityFigures(tx);
    const watermark = latest && (!state || latest > state.itemsWatermark) ? latest : (state?.itemsWatermark ?? new Date(0));
    const ms = Date.now() - started;
    await tx.dashboardRefresh.upsert({
      where: { id: 1 },
      create: { id: 1, refreshedAt, itemsWatermark: watermark, deputiesSignature: signature, durationMs: ms },
      update: { refreshedAt, itemsWatermark: watermark, deputiesSignature: signature, durationMs: ms },
    });
    return { refreshedAt, items: ids.length, years: [...years].sort(), deputies, activity, ms };
  }, TX_OPTIONS);
}

/** When the figures were last refreshed (null: never). */
export async function lastRefresh(): Promise<Date | null> {
  return (await refreshState())?.refreshedAt ?? null;
}

export type TRefreshState = { refreshedAt: Date; version: string };

/**
 * The last refresh and a version of the figures it left: its instant, the item watermark and the
 * deputies/activity signatures — everything the figures are computed from, so two refreshes with the
 * same version left the same figures (figure-cache.ts keys on it).
 */
export async function refreshState(): Promise<TRefreshState | null> {
  const row = await getDb().dashboardRefresh.findUnique({
    where: { id: 1 },
    select: { refreshedAt: true, itemsWatermark: true, deputiesSignature: true },
  });
  if (!row) return null;
  return { refreshedAt: row.refreshedAt, version: [row.refreshedAt.toISOString(), row.itemsWatermark.toISOString(), row.deputiesSignature].join("|") };
}

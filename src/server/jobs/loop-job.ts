import "server-only";
import { dueAlerts, WATCHED_STAGES, alertNotificationKind, type TDueAlert } from "@/domain/workflow/alerts";
import { calendarOf, type TLoopSettings } from "@/domain/workflow/loop-settings";
import type { TCalendar } from "@/domain/calendar";
import type { TItemFacts } from "@/domain/workflow/facts";
import type { TStage } from "@/domain/workflow/stages";
import { writeAudit } from "../audit";
import { getDb, type TDb, type TTx } from "../db";
import { FACT_SELECT } from "../items/facts";
import { recipientUserIds } from "../items/notify";
import { loadLoopSettings } from "../settings/loop-settings";

/**
 * The loop's scheduled job (issue 3 #3): reminders before deadlines, overdue flags and escalations.
 *
 * Exactly once, on any number of instances: every alert is a LoopAlert row under the unique key
 * (item, kind, deadline, round, step), inserted with ON CONFLICT DO NOTHING in the same transaction
 * as its notifications. Two instances running at the same moment both try the insert; PostgreSQL
 * makes the second wait for the first's commit and then skip, so its notifications are never
 * written. Items are handled in batches in id order (the same lock order everywhere, no deadlock),
 * each batch in one transaction with one audit row naming what it sent.
 */

const BATCH = 200;
/** Reminders reach at most 30 working days ahead: about 45 calendar days; look 60 ahead. */
const HORIZON_MS = 60 * 86_400_000;
const TX_OPTIONS = { maxWait: 15_000, timeout: 60_000 } as const;

export type TLoopJobReport = { scanned: number; alerts: number; notifications: number; ms: number };

const WATCHED: TStage[] = [...new Set(Object.values(WATCHED_STAGES).flat())];

type TPolicy = { settings: TLoopSettings; cal: TCalendar };

function keyOf(itemId: string, a: { kind: string; dueAt: Date; round: number; step: number }): string {
  return `${itemId}|${a.kind}|${a.dueAt.getTime()}|${a.round}|${a.step}`;
}

async function policyFor(db: TDb, cache: Map<string, TPolicy>, committeeId: string): Promise<TPolicy> {
  let p = cache.get(committeeId);
  if (!p) {
    const settings = await loadLoopSettings(db, committeeId);
    p = { settings, cal: calendarOf(settings) };
    cache.set(committeeId, p);
  }
  return p;
}

type TPending = { itemId: string; alert: TDueAlert };

/** Inserts the batch's alerts that nobody sent yet, with their notifications and one audit row. */
async function sendBatch(tx: TTx, pending: readonly TPending[], now: Date): Promise<{ alerts: number; notifications: number }> {
  let alerts = 0;
  let notifications = 0;
  const kinds: Record<string, number> = {};
  for (const { itemId, alert } of pending) {
    const { count } = await tx.loopAlert.createMany({
      data: [{ itemId, kind: alert.kind, dueAt: alert.dueAt, round: alert.round, step: alert.step, createdAt: now }],
      skipDuplicates: true,
    });
    if (count === 0) continue; // another run sent it
    alerts += 1;
    kinds[alert.kind] = (kinds[alert.kind] ?? 0) + 1;
    const userIds = await recipientUserIds(tx, alert.recipients, "");
    if (userIds.length > 0) {
      const kind = alertNotificationKind(alert);
      await tx.notification.createMany({ data: userIds.map((userId) => ({ userId, itemId, kind, createdAt: now })) });
      notifications += userIds.length;
    }
  }
  if (alerts > 0) {
    await writeAudit(tx, { actorName: "job:loop", action: "job.loop.run", objectType: "LoopAlert", result: "SUCCESS", detail: { alerts, notifications, ...kinds }, at: now });
  }
  return { alerts, notifications };
}

/** One pass over the items that owe something; safe to run at any time, as often as wanted. */
export async function runLoopJob(now: Date = new Date(), db: TDb = getDb()): Promise<TLoopJobReport> {
  const started = Date.now();
  const horizon = new Date(now.getTime() + HORIZON_MS);
  const policies = new Map<string, TPolicy>();
  const report: TLoopJobReport = { scanned: 0, alerts: 0, notifications: 0, ms: 0 };
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.item.findMany({
      where: {
        stage: { in: WATCHED },
        OR: [{ deadline: { lte: horizon } }, { returnWindowEndsAt: { lte: horizon } }, { evaluationWindowEndsAt: { lte: horizon } }],
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: FACT_SELECT,
    });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1]?.id;
    report.scanned += rows.length;

    const sent = await db.loopAlert.findMany({
      where: { itemId: { in: rows.map((r) => r.id) } },
      select: { itemId: true, kind: true, dueAt: true, round: true, step: true },
    });
    const already = new Set(sent.map((s) => keyOf(s.itemId, s)));
    const pending: TPending[] = [];
    for (const row of rows) {
      const facts: Pick<TItemFacts, "committeeId" | "stage" | "round" | "leadUnitId" | "coUnitIds" | "sponsors" | "keySupervised" | "deadline" | "returnWindowEndsAt" | "evaluationWindowEndsAt"> = {
        ...row,
        coUnitIds: row.units.filter((u) => u.role === "CO").map((u) => u.unitId),
        sponsors: row.sponsors.map((s) => ({ userId: s.userId, lead: s.isLead })),
      };
      const { settings, cal } = await policyFor(db, policies, row.committeeId);
      for (const alert of dueAlerts(facts, now, settings.remindWorkingDaysBefore, cal)) {
        if (!already.has(keyOf(row.id, alert))) pending.push({ itemId: row.id, alert });
      }
    }
    if (pending.length > 0) {
      const done = await db.$transaction((tx) => sendBatch(tx, pending, now), TX_OPTIONS);
      report.alerts += done.alerts;
      report.notifications += done.notifications;
    }
    if (rows.length < BATCH) break;
  }
  report.ms = Date.now() - started;
  return report;
}

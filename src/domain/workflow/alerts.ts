/**
 * What the scheduled loop job sends (issue 3 #3): reminders N working days before a deadline, and
 * escalations once it has passed. Pure: the job asks `dueAlerts(item, now, …)` and records each
 * alert under the key (item, kind, dueAt, round, step), which the database keeps unique, so each
 * alert happens once however often and on however many instances the job runs.
 *
 * Deadlines watched, as the model has them:
 * - REPLY: the reply deadline (`deadline`) while the unit owes a reply (交办, 退回申请, 办理);
 *   reminders to the lead unit, escalation levels 1–3 (overdueLevel) to the committee's staff and
 *   the lead unit, to the committee's leaders for key-supervised items (重点督办) and from level 3 on.
 * - RETURN: the end of the return window while the item waits to be signed for; reminders only (a
 *   closed window is not a failure, it just ends the right to return the item).
 * - EVALUATION: the end of the evaluation window of a delivered reply (已答复, not yet evaluated);
 *   reminders to the sponsors, then one flag to staff, who may now close it unevaluated.
 */
import { overdueLevel } from "../calendar/deadlines";
import { dayKeyOf, dayNumber, startOfDayNumber } from "../calendar/shanghai";
import { isWorkingDay, type TCalendar } from "../calendar/working-days";
import type { TItemFacts } from "./facts";
import type { TRecipient } from "./relations";
import type { TStage } from "./stages";

export const ALERT_KINDS = ["REMIND_REPLY", "REMIND_RETURN", "REMIND_EVALUATION", "OVERDUE_REPLY", "OVERDUE_EVALUATION"] as const;
export type TAlertKind = (typeof ALERT_KINDS)[number];

export type TWatch = "REPLY" | "RETURN" | "EVALUATION";

/** Stages in which each deadline is still owed. */
export const WATCHED_STAGES: Readonly<Record<TWatch, readonly TStage[]>> = {
  REPLY: ["ASSIGNED", "RETURN_REQUESTED", "HANDLING"],
  RETURN: ["ASSIGNED"],
  EVALUATION: ["REPLIED"],
};

/** The most working days ahead a reminder may be set (settings validate against it). */
export const MAX_REMIND_WORKING_DAYS = 30;

export type TDueAlert = {
  kind: TAlertKind;
  dueAt: Date;
  round: number;
  /** working days before the deadline (reminders) or the escalation level (overdue) */
  step: number;
  recipients: TRecipient[];
};

/**
 * 00:00 (Shanghai) of the day `n` working days before the deadline's day (n = 0: the deadline's own
 * day). The deadline's day itself is not counted, like every other working-day count here.
 */
export function workingDaysBefore(deadline: Date, n: number, cal: TCalendar): Date {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_REMIND_WORKING_DAYS) throw new RangeError(`Reminder offset must be 0…${MAX_REMIND_WORKING_DAYS}: ${n}`);
  let day = dayNumber(deadline);
  let left = n;
  while (left > 0) {
    day -= 1;
    if (isWorkingDay(dayKeyOf(day), cal)) left -= 1;
  }
  return startOfDayNumber(day);
}

/**
 * The reminder offset due at `now`, or null: the most imminent offset whose day has begun, while
 * the deadline has not passed. Larger offsets reached at the same time are superseded (an item
 * assigned two days before its deadline gets one reminder, not three), and since the result only
 * decreases as time passes, recording what was sent under its offset never sends one twice.
 */
export function dueReminderOffset(deadline: Date, now: Date, offsets: readonly number[], cal: TCalendar): number | null {
  if (now.getTime() > deadline.getTime()) return null;
  const reached = [...new Set(offsets)].filter((n) => now.getTime() >= workingDaysBefore(deadline, n, cal).getTime());
  return reached.length === 0 ? null : Math.min(...reached);
}

type TAlertItem = Pick<
  TItemFacts,
  "committeeId" | "stage" | "round" | "leadUnitId" | "coUnitIds" | "sponsors" | "keySupervised" | "deadline" | "returnWindowEndsAt" | "evaluationWindowEndsAt"
>;

const staff = (item: TAlertItem): TRecipient => ({ kind: "committeeStaff", committeeId: item.committeeId });
const leaders = (item: TAlertItem): TRecipient => ({ kind: "committeeLeaders", committeeId: item.committeeId });
const leadUnit = (item: TAlertItem): TRecipient[] => (item.leadUnitId ? [{ kind: "unit", unitId: item.leadUnitId }] : []);
const sponsors = (item: TAlertItem): TRecipient[] => item.sponsors.map((s) => ({ kind: "user", userId: s.userId }));

function dateOf(item: TAlertItem, watch: TWatch): Date | null {
  if (!WATCHED_STAGES[watch].includes(item.stage)) return null;
  if (watch === "REPLY") return item.deadline;
  if (watch === "RETURN") return item.returnWindowEndsAt;
  return item.evaluationWindowEndsAt;
}

/** Everything due for this item at `now` (before looking at what was already sent). */
export function dueAlerts(item: TAlertItem, now: Date, remindWorkingDaysBefore: readonly number[], cal: TCalendar): TDueAlert[] {
  const out: TDueAlert[] = [];
  const reminderTo: Record<TWatch, TRecipient[]> = { REPLY: leadUnit(item), RETURN: leadUnit(item), EVALUATION: sponsors(item) };
  for (const watch of ["REPLY", "RETURN", "EVALUATION"] as const) {
    const dueAt = dateOf(item, watch);
    if (!dueAt) continue;
    const offset = dueReminderOffset(dueAt, now, remindWorkingDaysBefore, cal);
    if (offset !== null && reminderTo[watch].length > 0) {
      out.push({ kind: `REMIND_${watch}`, dueAt, round: item.round, step: offset, recipients: reminderTo[watch] });
    }
    const level = overdueLevel(dueAt, now);
    if (level === 0 || watch === "RETURN") continue;
    if (watch === "EVALUATION") {
      out.push({ kind: "OVERDUE_EVALUATION", dueAt, round: item.round, step: 1, recipients: [staff(item)] });
      continue;
    }
    const toLeaders = item.keySupervised || level === 3 ? [leaders(item)] : [];
    out.push({ kind: "OVERDUE_REPLY", dueAt, round: item.round, step: level, recipients: [staff(item), ...leadUnit(item), ...toLeaders] });
  }
  return out;
}

/** The notification kind of an alert, e.g. "job.REMIND_REPLY.7" (messages: notifications.kind.<kind>). */
export function alertNotificationKind(alert: Pick<TDueAlert, "kind" | "step">): string {
  return `job.${alert.kind}.${alert.step}`;
}

/** The alert kind and step of a notification kind written by the job; null for a transition's kind. */
export function parseAlertNotificationKind(kind: string): { kind: TAlertKind; step: number } | null {
  const m = /^job\.([A-Z_]+)\.(\d{1,3})$/.exec(kind);
  if (!m || !(ALERT_KINDS as readonly string[]).includes(m[1] ?? "")) return null;
  return { kind: m[1] as TAlertKind, step: Number(m[2]) };
}

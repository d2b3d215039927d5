/**
 * Deadlines of the six-stage loop (domain.md, issue 3 item 3). All deadlines are instants at "24:00"
 * of a Shanghai day, stored as that day's last millisecond (endOfDayShanghai); a deadline is met by
 * anything done up to and including it, and missed (isOverdue) strictly after it.
 *
 * - Reply: `replyMonths` (3) calendar months after the day of assignment, `complexReplyMonths` (6) for
 *   complex items approved as such. The period ends on the corresponding day of the target month,
 *   clamped to the month end (Nov 30 + 3 months = Feb 28/29) — 民法典 第二百零一、二百零二条.
 * - Return request (退回): within `returnWindowWorkingDays` (7) working days, the day of assignment not
 *   counted: the window ends at 24:00 of the 7th working day after the day of assignment.
 * - Re-handling after 不满意: `rehandleMonths` (1) month from the evaluation, counted as the reply.
 * - Rest days: when a calendar is passed, a month- or day-counted deadline that falls on a rest day
 *   moves to 24:00 of the next working day (民法典 第二百零三条). The server should always pass it;
 *   without a calendar the date is not moved.
 */
import { DAY_MS, dayNumber, endOfDayShanghai, startOfDayNumber } from "./shanghai";
import { addCalendarMonths, addWorkingDays, nextWorkingDayOnOrAfter, type TCalendar } from "./working-days";

export type TDeadlineConfig = {
  replyMonths: number;
  complexReplyMonths: number;
  returnWindowWorkingDays: number;
  rehandleMonths: number;
  /** Calendar days before a deadline on which the people concerned are reminded. */
  remindDaysBefore: readonly number[];
};

export const DEFAULT_DEADLINES: TDeadlineConfig = {
  replyMonths: 3,
  complexReplyMonths: 6,
  returnWindowWorkingDays: 7,
  rehandleMonths: 1,
  remindDaysBefore: [7, 3, 1],
};

const LIMITS: Record<Exclude<keyof TDeadlineConfig, "remindDaysBefore">, [number, number]> = {
  replyMonths: [1, 24],
  complexReplyMonths: [1, 36],
  returnWindowWorkingDays: [1, 60],
  rehandleMonths: [1, 12],
};

/** The names of the fields that are out of range (empty when the configuration is usable). */
export function deadlineConfigProblems(cfg: TDeadlineConfig): (keyof TDeadlineConfig)[] {
  const problems: (keyof TDeadlineConfig)[] = [];
  for (const [field, [min, max]] of Object.entries(LIMITS) as [keyof typeof LIMITS, [number, number]][]) {
    const v = cfg[field];
    if (!Number.isInteger(v) || v < min || v > max) problems.push(field);
  }
  if (cfg.complexReplyMonths < cfg.replyMonths && !problems.includes("complexReplyMonths")) {
    problems.push("complexReplyMonths");
  }
  if (cfg.remindDaysBefore.some((d) => !Number.isInteger(d) || d < 0 || d > 90)) problems.push("remindDaysBefore");
  return problems;
}

function endOfDay(at: Date, cal: TCalendar | undefined): Date {
  return endOfDayShanghai(cal ? nextWorkingDayOnOrAfter(at, cal) : at);
}

export function replyDeadline(assignedAt: Date, complex: boolean, cfg: TDeadlineConfig, cal?: TCalendar): Date {
  return endOfDay(addCalendarMonths(assignedAt, complex ? cfg.complexReplyMonths : cfg.replyMonths), cal);
}

/** The last instant at which the unit may still ask to return the item. */
export function returnWindowEnd(assignedAt: Date, cal: TCalendar, cfg: TDeadlineConfig): Date {
  return endOfDayShanghai(addWorkingDays(assignedAt, cfg.returnWindowWorkingDays, cal));
}

/** The new deadline when an item is sent back for re-handling at `at` (after 不满意). */
export function rehandleDeadline(at: Date, cfg: TDeadlineConfig, cal?: TCalendar): Date {
  return endOfDay(addCalendarMonths(at, cfg.rehandleMonths), cal);
}

/** An approved extension (延期) by `days` calendar days (integer ≥ 1), to 24:00 of the new day. */
export function extendDeadline(deadline: Date, days: number, cal?: TCalendar): Date {
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`Extension must be a whole number of days ≥ 1: ${days}`);
  return endOfDay(new Date(deadline.getTime() + days * DAY_MS), cal);
}

export function isOverdue(deadline: Date, now: Date): boolean {
  return now.getTime() > deadline.getTime();
}

/**
 * The reminder offsets due at `now`. Offset N becomes due at 00:00 (Shanghai) of the day N calendar
 * days before the deadline's day, and stays due until sent or until the deadline passes (overdue items
 * are escalated instead, see overdueLevel). At most one offset is returned: the most imminent one
 * reached. Larger offsets reached at the same time are superseded and never become due later (an item
 * assigned 2 days before its deadline gets one reminder, not three at once), so a scheduled job can
 * send what this returns, record it, and run again at any time without duplicates.
 * `alreadySent` holds the offsets already sent for THIS deadline: an extension starts a new list.
 */
export function dueReminders(deadline: Date, now: Date, cfg: TDeadlineConfig, alreadySent: readonly number[]): number[] {
  if (isOverdue(deadline, now)) return [];
  const today = dayNumber(now);
  const deadlineDay = dayNumber(deadline);
  const reached = [...new Set(cfg.remindDaysBefore)].filter(
    (n) => Number.isInteger(n) && n >= 0 && today >= deadlineDay - n,
  );
  if (reached.length === 0) return [];
  const mostImminent = Math.min(...reached);
  return alreadySent.includes(mostImminent) ? [] : [mostImminent];
}

/** Days after which an overdue item escalates to level 2 and 3. */
export const OVERDUE_ESCALATION_DAYS: readonly [number, number] = [15, 30];

export type TOverdueLevel = 0 | 1 | 2 | 3;

/** Whole Shanghai days past the deadline's day (at least 1 once overdue; 0 when not overdue). */
export function overdueDays(deadline: Date, now: Date): number {
  if (!isOverdue(deadline, now)) return 0;
  return Math.max(1, dayNumber(now) - dayNumber(deadline));
}

/**
 * Escalation level of an item with this deadline: 0 not overdue; 1 overdue up to 15 days (flagged,
 * unit and staff notified); 2 overdue more than 15 days (staff 催办, supervision notice);
 * 3 overdue more than 30 days (reported to leaders, candidate for 重点督办).
 */
export function overdueLevel(
  deadline: Date,
  now: Date,
  thresholds: readonly [number, number] = OVERDUE_ESCALATION_DAYS,
): TOverdueLevel {
  const days = overdueDays(deadline, now);
  if (days === 0) return 0;
  if (days > thresholds[1]) return 3;
  if (days > thresholds[0]) return 2;
  return 1;
}

/** 00:00 (Shanghai) of the day a reminder with offset `n` becomes due — for display and scheduling. */
export function reminderStart(deadline: Date, n: number): Date {
  return startOfDayNumber(dayNumber(deadline) - n);
}

import "server-only";
import {
  addWorkingDays,
  CN_DEFAULT_CALENDAR,
  DEFAULT_DEADLINES,
  endOfDayShanghai,
  extendDeadline,
  rehandleDeadline,
  replyDeadline,
  returnWindowEnd,
  type TCalendar,
  type TDeadlineConfig,
} from "@/domain/calendar";
import type { TClock } from "@/domain/workflow/machine";

/**
 * Working days the submitter has to evaluate a delivered reply before staff may close it unevaluated.
 * Not fixed by the issue; a settings page may make it configurable like the other deadlines.
 */
export const EVALUATION_WINDOW_WORKING_DAYS = 15;

/** The workflow's dates on the working-day calendar (reply 3 months, return 7 working days, …). */
export function calendarClock(cal: TCalendar = CN_DEFAULT_CALENDAR, cfg: TDeadlineConfig = DEFAULT_DEADLINES): TClock {
  return {
    deadlineFrom: (rule, now) =>
      rule === "START_REHANDLE" ? rehandleDeadline(now, cfg, cal) : replyDeadline(now, rule === "START_REPLY_COMPLEX", cfg, cal),
    extend: (deadline, days, now) => extendDeadline(deadline ?? now, days, cal),
    returnWindowEnd: (now) => returnWindowEnd(now, cal, cfg),
    evaluationWindowEnd: (now) => endOfDayShanghai(addWorkingDays(now, EVALUATION_WINDOW_WORKING_DAYS, cal)),
  };
}

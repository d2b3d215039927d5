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
import { calendarOf, deadlineConfigOf, DEFAULT_LOOP_SETTINGS, type TLoopSettings } from "@/domain/workflow/loop-settings";
import type { TClock } from "@/domain/workflow/machine";

/**
 * Working days the submitter has to evaluate a delivered reply before staff may close it
 * unevaluated: the default; each committee's settings (src/server/settings) may change it.
 */
export const EVALUATION_WINDOW_WORKING_DAYS = DEFAULT_LOOP_SETTINGS.evaluationWindowWorkingDays;

/** The workflow's dates on the working-day calendar (reply 3 months, return 7 working days, …). */
export function calendarClock(
  cal: TCalendar = CN_DEFAULT_CALENDAR,
  cfg: TDeadlineConfig = DEFAULT_DEADLINES,
  evaluationWorkingDays: number = EVALUATION_WINDOW_WORKING_DAYS,
): TClock {
  return {
    deadlineFrom: (rule, now) =>
      rule === "START_REHANDLE" ? rehandleDeadline(now, cfg, cal) : replyDeadline(now, rule === "START_REPLY_COMPLEX", cfg, cal),
    extend: (deadline, days, now) => extendDeadline(deadline ?? now, days, cal),
    returnWindowEnd: (now) => returnWindowEnd(now, cal, cfg),
    evaluationWindowEnd: (now) => endOfDayShanghai(addWorkingDays(now, evaluationWorkingDays, cal)),
  };
}

/** The clock of a committee's settings (what transitionItem uses unless a test hands one in). */
export function settingsClock(s: TLoopSettings): TClock {
  return calendarClock(calendarOf(s), deadlineConfigOf(s), s.evaluationWindowWorkingDays);
}

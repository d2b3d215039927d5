import { z } from "zod";
import type { TLoopSettings } from "@/domain/workflow/loop-settings";

/**
 * The deadline settings form as posted (all strings). This schema only turns text into numbers and
 * day lists, with a message next to each field; the rules themselves (ranges, 调休 on weekends, a day
 * not in both lists) are src/domain/workflow/loop-settings.ts, checked again by the server.
 */
const whole = (field: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, `settings.errors.range.${field}`)
    .transform(Number);

const list = (max: number, message: string) =>
  z
    .string()
    .max(max, message)
    .transform((s) => s.split(/[\s,，、;；]+/).filter((x) => x !== ""));

export const ZLoopSettingsForm = z
  .object({
    version: z.string().regex(/^\d{1,9}$/).transform(Number),
    replyMonths: whole("replyMonths"),
    complexReplyMonths: whole("complexReplyMonths"),
    returnWindowWorkingDays: whole("returnWindowWorkingDays"),
    rehandleMonths: whole("rehandleMonths"),
    evaluationWindowWorkingDays: whole("evaluationWindowWorkingDays"),
    remindWorkingDaysBefore: list(100, "settings.errors.remindInvalid").pipe(
      z.array(z.string().regex(/^\d{1,2}$/, "settings.errors.remindInvalid").transform(Number)),
    ),
    holidays: list(20_000, "settings.errors.daysTooMany"),
    makeupWorkdays: list(20_000, "settings.errors.daysTooMany"),
  })
  .strict();

export function loopSettingsFromForm(data: z.output<typeof ZLoopSettingsForm>): TLoopSettings {
  return {
    replyMonths: data.replyMonths,
    complexReplyMonths: data.complexReplyMonths,
    returnWindowWorkingDays: data.returnWindowWorkingDays,
    rehandleMonths: data.rehandleMonths,
    evaluationWindowWorkingDays: data.evaluationWindowWorkingDays,
    remindWorkingDaysBefore: data.remindWorkingDaysBefore,
    holidays: data.holidays,
    makeupWorkdays: data.makeupWorkdays,
  };
}

/**
 * The shape of a year's holiday schedule as the State Council publishes it (放假调休安排): holiday
 * periods, each with the make-up workdays (调休上班) that belong to it. Data lives in cn-*.ts files;
 * this module only turns schedules into a TCalendar.
 */
import { dayKeyOf, dayNumber, type TDayKey } from "./shanghai";
import { makeCalendar, type TCalendar } from "./working-days";

/** The seven national holidays of 《全国年节及纪念日放假办法》 (元旦 … 国庆节). */
export const HOLIDAY_NAMES = [
  "NEW_YEAR", // 元旦
  "SPRING_FESTIVAL", // 春节
  "QINGMING", // 清明节
  "LABOUR_DAY", // 劳动节
  "DRAGON_BOAT", // 端午节
  "MID_AUTUMN", // 中秋节
  "NATIONAL_DAY", // 国庆节
] as const;
export type THolidayName = (typeof HOLIDAY_NAMES)[number];

/** Rest days first…last inclusive (weekends inside the period included). */
export type THolidayPeriod = {
  name: THolidayName;
  first: TDayKey;
  last: TDayKey;
  makeupWorkdays: readonly TDayKey[];
};

export type THolidaySchedule = {
  year: number;
  /** "official": copied from the State Council notice; "provisional": not yet published. */
  status: "official" | "provisional";
  source: string;
  periods: readonly THolidayPeriod[];
};

/** Every day key of a period, first…last. Throws RangeError when last is before first. */
export function periodDays(period: THolidayPeriod): TDayKey[] {
  const first = dayNumber(period.first);
  const last = dayNumber(period.last);
  if (last < first) throw new RangeError(`Holiday period ends before it starts: ${period.first}…${period.last}`);
  return Array.from({ length: last - first + 1 }, (_, i) => dayKeyOf(first + i));
}

export function calendarFromSchedules(schedules: readonly THolidaySchedule[]): TCalendar {
  const periods = schedules.flatMap((s) => s.periods);
  return makeCalendar({
    holidays: periods.flatMap(periodDays),
    makeupWorkdays: periods.flatMap((p) => p.makeupWorkdays),
  });
}

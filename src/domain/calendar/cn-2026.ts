/**
 * Default holiday data for mainland China, 2026 and 2027 (data only; logic in schedule.ts and
 * working-days.ts).
 *
 * TO BE CHECKED against the State Council notice (国务院办公厅关于 YYYY 年部分节假日安排的通知) each
 * year when it is published (usually November–December); staff can edit the list in settings later.
 *
 * 2026 — official: 国务院办公厅关于2026年部分节假日安排的通知, dated 2025-11-04 (Xinhua, same day).
 * 2027 — provisional: the notice was not published when this file was written. Listed are only the
 * statutory days fixed by 《全国年节及纪念日放假办法》 (as amended 2024-11-10): 元旦 1 day, 春节 4
 * (除夕 to 正月初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3. Lunar dates computed astronomically
 * for Beijing time (the new moon of 2027-02-06 falls at about 23:56, so 正月初一 is Feb 6). The
 * notice will add the compensating rest days (补假/调休) and make-up workdays: replace the 2027
 * entry with it.
 */
import { calendarFromSchedules, type THolidaySchedule } from "./schedule";

export const CN_HOLIDAYS_2026: THolidaySchedule = {
  year: 2026,
  status: "official",
  source: "国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)",
  periods: [
    { name: "NEW_YEAR", first: "2026-01-01", last: "2026-01-03", makeupWorkdays: ["2026-01-04"] },
    { name: "SPRING_FESTIVAL", first: "2026-02-15", last: "2026-02-23", makeupWorkdays: ["2026-02-14", "2026-02-28"] },
    { name: "QINGMING", first: "2026-04-04", last: "2026-04-06", makeupWorkdays: [] },
    { name: "LABOUR_DAY", first: "2026-05-01", last: "2026-05-05", makeupWorkdays: ["2026-05-09"] },
    { name: "DRAGON_BOAT", first: "2026-06-19", last: "2026-06-21", makeupWorkdays: [] },
    { name: "MID_AUTUMN", first: "2026-09-25", last: "2026-09-27", makeupWorkdays: [] },
    { name: "NATIONAL_DAY", first: "2026-10-01", last: "2026-10-07", makeupWorkdays: ["2026-09-20", "2026-10-10"] },
  ],
};

export const CN_HOLIDAYS_2027: THolidaySchedule = {
  year: 2027,
  status: "provisional",
  source: "《全国年节及纪念日放假办法》 statutory days only; 2027 notice not yet published",
  periods: [
    { name: "NEW_YEAR", first: "2027-01-01", last: "2027-01-01", makeupWorkdays: [] },
    { name: "SPRING_FESTIVAL", first: "2027-02-05", last: "2027-02-08", makeupWorkdays: [] },
    { name: "QINGMING", first: "2027-04-05", last: "2027-04-05", makeupWorkdays: [] },
    { name: "LABOUR_DAY", first: "2027-05-01", last: "2027-05-02", makeupWorkdays: [] },
    { name: "DRAGON_BOAT", first: "2027-06-09", last: "2027-06-09", makeupWorkdays: [] },
    { name: "MID_AUTUMN", first: "2027-09-15", last: "2027-09-15", makeupWorkdays: [] },
    { name: "NATIONAL_DAY", first: "2027-10-01", last: "2027-10-03", makeupWorkdays: [] },
  ],
};

export const CN_HOLIDAY_SCHEDULES: readonly THolidaySchedule[] = [CN_HOLIDAYS_2026, CN_HOLIDAYS_2027];

/** The calendar used until staff have edited the list in settings. */
export const CN_DEFAULT_CALENDAR = calendarFromSchedules(CN_HOLIDAY_SCHEDULES);

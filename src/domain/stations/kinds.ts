/** Station events (kept equal to the schema's StationEventKind by kinds.test.ts). */
export const STATION_EVENT_KINDS = ["LECTURE", "DEEP_VISIT", "MICRO_CONSULTATION", "FACE_TO_FACE", "LEGAL_SESSION"] as const;
export type TStationEventKind = (typeof STATION_EVENT_KINDS)[number];

/** 小深微: held each quarter — 小讲堂, 深走访, 微协商. */
export const XIAO_SHEN_WEI: readonly TStationEventKind[] = ["LECTURE", "DEEP_VISIT", "MICRO_CONSULTATION"];

/** 代表·局长面对面 needs the handling units present; the other kinds may name units too. */
export function eventNeedsUnits(kind: TStationEventKind): boolean {
  return kind === "FACE_TO_FACE";
}

export const GROUP_ACTIVITY_KINDS = ["POLICY_EXPLANATION", "RESEARCH", "LEGISLATION", "SUPERVISION"] as const;
export type TGroupActivityKind = (typeof GROUP_ACTIVITY_KINDS)[number];

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" on a 24-hour clock. */
export function isClockTime(value: string): boolean {
  return TIME.test(value);
}

/** A reception slot is valid when both ends are clock times and it ends after it starts. */
export function isSlot(start: string, end: string): boolean {
  return isClockTime(start) && isClockTime(end) && start < end;
}

import { shanghaiDayKey, shanghaiParts } from "@/domain/calendar";
import type { TStationEventKind } from "@/domain/stations/kinds";
import type { TDutyRecordType } from "./record-types";

/**
 * Which duty record a station event earns its participants (src/server/duty/derived/stations.ts).
 * Only 代表·局长面对面 is FACE_TO_FACE by name; the others take the closest type (domain.md, bulletin):
 * - 小讲堂: deputies explain policy and plans to residents ("政策+案例" 宣讲) → PROMOTION;
 * - 深走访: deputies visit their constituents to collect views on how plans work out → RESEARCH (调研);
 * - 微协商: deputies sit down with departments, stakeholders and residents on a local issue — the
 *   same shape as 面对面 (departments meet deputies and residents), and no dispute to mediate → FACE_TO_FACE;
 * - 三官一员一师 进站: judges, prosecutors, police and lawyers at the station, with deputies helping to
 *   sort out and settle disputes (矛盾排查、纠纷调处) → MEDIATION.
 */
export const DUTY_TYPE_OF_STATION_EVENT: Readonly<Record<TStationEventKind, TDutyRecordType>> = {
  LECTURE: "PROMOTION",
  DEEP_VISIT: "RESEARCH",
  MICRO_CONSULTATION: "FACE_TO_FACE",
  FACE_TO_FACE: "FACE_TO_FACE",
  LEGAL_SESSION: "MEDIATION",
};

/**
 * A reception day counts once it has been held: an earlier day, or today once its end time
 * ("HH:MM", Shanghai wall clock) has passed. A day still ahead is a plan, not duty.
 */
export function receptionDayHeld(day: string, endTime: string, now: Date): boolean {
  const today = shanghaiDayKey(now);
  if (day !== today) return day < today;
  const [h, m] = endTime.split(":").map(Number);
  return (h ?? 24) * 60 + (m ?? 0) <= Math.floor(shanghaiParts(now).msOfDay / 60_000);
}

import { receptionDayHeld, DUTY_TYPE_OF_STATION_EVENT } from "@/domain/duty/derived";
import { dateYearRange, todayAsDbDate, type TDerivedSource } from "./types";

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Station duty: one STATION_DUTY record per deputy on duty (ReceptionDayDeputy) at a reception day
 * that has been held (an earlier day, or today after its end time). Dated on the reception day.
 */
export const stationDuty: TDerivedSource = {
  name: "station-duty",
  type: "STATION_DUTY",
  implemented: true,
  async collect(tx, { deputyIds, year, now = new Date() }) {
    const rows = await tx.receptionDayDeputy.findMany({
      where: { deputyId: { in: [...deputyIds] }, receptionDay: { date: { ...dateYearRange(year), lte: todayAsDbDate(now) } } },
      select: { deputyId: true, receptionDay: { select: { id: true, date: true, startTime: true, endTime: true, note: true, station: { select: { name: true } } } } },
    });
    return rows.flatMap((r) => {
      const d = r.receptionDay;
      if (!receptionDayHeld(day(d.date), d.endTime, now)) return [];
      return [{
        deputyId: r.deputyId,
        type: "STATION_DUTY" as const,
        date: day(d.date),
        sourceKey: `station-duty:${d.id}:${r.deputyId}`,
        place: d.station.name,
        description: d.note ? `${d.startTime}–${d.endTime} ${d.note}` : `${d.startTime}–${d.endTime}`,
      }];
    });
  },
};

/**
 * Station events: one record per participant deputy (StationEventParticipant) of an event held on
 * or before today, typed by the event's kind (DUTY_TYPE_OF_STATION_EVENT: 面对面 → FACE_TO_FACE,
 * 小讲堂 → PROMOTION, …). Dated on the event's day.
 */
export const stationEvents: TDerivedSource = {
  name: "station-event",
  type: "FACE_TO_FACE",
  implemented: true,
  async collect(tx, { deputyIds, year, now = new Date() }) {
    const rows = await tx.stationEventParticipant.findMany({
      where: { deputyId: { in: [...deputyIds] }, event: { heldOn: { ...dateYearRange(year), lte: todayAsDbDate(now) } } },
      select: { deputyId: true, event: { select: { id: true, kind: true, title: true, heldOn: true, place: true, station: { select: { name: true } } } } },
    });
    return rows.map((r) => ({
      deputyId: r.deputyId,
      type: DUTY_TYPE_OF_STATION_EVENT[r.event.kind],
      date: day(r.event.heldOn),
      sourceKey: `station-event:${r.event.id}:${r.deputyId}`,
      place: r.event.place ?? r.event.station.name,
      description: r.event.title,
    }));
  },
};

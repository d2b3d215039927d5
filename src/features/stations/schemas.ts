import { z } from "zod";
import { STATION_EVENT_KINDS } from "@/domain/stations/kinds";
import { STATION_KINDS } from "@/domain/vocabulary";

/** Field rules of the station forms; messages are catalog keys shown next to the field. */
/** `body` leaves room for the line naming the station and day that the item's text gets (the loop allows 5,000). */
export const LIMITS = { name: 80, theme: 40, address: 160, note: 200, visitor: 60, title: 120, body: 4800, place: 160, summary: 2000 } as const;

const E = {
  required: "stations.errors.required",
  tooLong: "stations.errors.tooLong",
  date: "stations.errors.date",
  time: "stations.errors.time",
  choice: "stations.errors.choice",
} as const;

const req = (max: number) => z.string({ error: E.required }).trim().min(1, E.required).max(max, E.tooLong);
const opt = (max: number) => z.string({ error: E.tooLong }).trim().max(max, E.tooLong).optional().transform((s) => (s ? s : undefined));
const day = z.string({ error: E.date }).regex(/^\d{4}-\d{2}-\d{2}$/, E.date).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), E.date);
const time = z.string({ error: E.time }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, E.time);
const id = z.guid({ error: E.choice });
const ids = z.array(id, { error: E.choice }).max(500, E.choice).default([]);
const checkbox = z.enum(["on"]).optional().transform((v) => v === "on");

export const ZStationForm = z
  .object({
    stationId: id.optional(),
    name: req(LIMITS.name),
    kind: z.enum(STATION_KINDS, { error: E.choice }),
    regionId: id,
    theme: opt(LIMITS.theme),
    address: opt(LIMITS.address),
    managerId: z.union([z.literal(""), id], { error: E.choice }).optional().transform((v) => (v ? v : undefined)),
    active: checkbox,
    deputyIds: ids,
  })
  .strict();

export const ZOwnStationForm = z.object({ stationId: id, address: opt(LIMITS.address), deputyIds: ids }).strict();

export const ZReceptionForm = z
  .object({ stationId: id, date: day, startTime: time, endTime: time, note: opt(LIMITS.note), deputyIds: ids })
  .strict();

export const ZCancelReceptionForm = z.object({ stationId: id, receptionDayId: id }).strict();

export const ZVisitForm = z
  .object({ stationId: id, receptionDayId: id, visitorName: req(LIMITS.visitor), subject: req(LIMITS.title), content: req(LIMITS.body) })
  .strict();

export const ZEventForm = z
  .object({
    stationId: id,
    kind: z.enum(STATION_EVENT_KINDS, { error: E.choice }),
    title: req(LIMITS.title),
    heldOn: day,
    place: opt(LIMITS.place),
    summary: opt(LIMITS.summary),
    deputyIds: ids,
    unitIds: ids,
  })
  .strict();

export const ZIssueForm = z.object({ stationId: id, eventId: id, raisedBy: req(LIMITS.visitor), title: req(LIMITS.title), body: req(LIMITS.body) }).strict();

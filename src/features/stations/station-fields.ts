import "server-only";
import { getTranslations } from "next-intl/server";
import { STATION_EVENT_KINDS } from "@/domain/stations/kinds";
import { STATION_KINDS } from "@/domain/vocabulary";
import type { TOption } from "@/server/stations/options";
import type { TFieldSpec } from "./form-spec";
import { LIMITS } from "./schemas";

/** The translated field lists of the station forms (pages pass the options they loaded). */
export async function stationFormFields(o: {
  stationId?: string;
  regions: TOption[];
  managers: TOption[];
  deputies: TOption[];
  values?: { name: string; kind: string; regionId: string; theme: string | null; address: string | null; managerId: string | null; active: boolean; deputyIds: string[] };
}): Promise<TFieldSpec[]> {
  const [t, te] = await Promise.all([getTranslations("stations"), getTranslations("enums.stationKind")]);
  const v = o.values;
  return [
    ...(o.stationId ? [{ kind: "hidden" as const, name: "stationId", value: o.stationId }] : []),
    { kind: "text", name: "name", label: t("form.name"), required: true, maxLength: LIMITS.name, defaultValue: v?.name },
    { kind: "select", name: "kind", label: t("form.kind"), required: true, options: STATION_KINDS.map((k) => ({ id: k, label: te(k) })), defaultValue: v?.kind ?? "TOWNSHIP" },
    { kind: "select", name: "regionId", label: t("form.region"), required: true, options: o.regions, placeholder: t("form.choose"), defaultValue: v?.regionId },
    { kind: "text", name: "theme", label: t("form.theme"), hint: t("form.themeHint"), maxLength: LIMITS.theme, defaultValue: v?.theme ?? undefined },
    { kind: "text", name: "address", label: t("form.address"), maxLength: LIMITS.address, defaultValue: v?.address ?? undefined },
    { kind: "select", name: "managerId", label: t("form.manager"), options: o.managers, placeholder: t("form.noManager"), defaultValue: v?.managerId ?? "" },
    { kind: "checkbox", name: "active", label: t("form.active"), defaultChecked: v?.active ?? true },
    { kind: "checkboxes", name: "deputyIds", label: t("form.deputies"), hint: t("form.deputiesHint"), options: o.deputies, defaultValues: v?.deputyIds, empty: t("form.noDeputyOptions") },
  ];
}

export async function ownStationFields(stationId: string, deputies: TOption[], values: { address: string | null; deputyIds: string[] }): Promise<TFieldSpec[]> {
  const t = await getTranslations("stations");
  return [
    { kind: "hidden", name: "stationId", value: stationId },
    { kind: "text", name: "address", label: t("form.address"), maxLength: LIMITS.address, defaultValue: values.address ?? undefined },
    { kind: "checkboxes", name: "deputyIds", label: t("form.deputies"), hint: t("form.deputiesHint"), options: deputies, defaultValues: values.deputyIds, empty: t("form.noDeputyOptions") },
  ];
}

export async function receptionFields(stationId: string, deputies: TOption[], today: string): Promise<TFieldSpec[]> {
  const t = await getTranslations("stations");
  return [
    { kind: "hidden", name: "stationId", value: stationId },
    { kind: "date", name: "date", label: t("reception.date"), required: true, defaultValue: today },
    { kind: "time", name: "startTime", label: t("reception.startTime"), required: true, defaultValue: "09:00" },
    { kind: "time", name: "endTime", label: t("reception.endTime"), required: true, defaultValue: "11:30" },
    { kind: "checkboxes", name: "deputyIds", label: t("reception.deputies"), hint: t("reception.deputiesHint"), options: deputies, empty: t("reception.noDeputies") },
    { kind: "text", name: "note", label: t("reception.note"), hint: t("reception.noteHint"), maxLength: LIMITS.note },
  ];
}

export async function visitFields(stationId: string, days: TOption[], dayId: string | undefined): Promise<TFieldSpec[]> {
  const t = await getTranslations("stations");
  return [
    { kind: "hidden", name: "stationId", value: stationId },
    { kind: "select", name: "receptionDayId", label: t("visits.day"), required: true, options: days, placeholder: t("visits.chooseDay"), defaultValue: dayId },
    { kind: "text", name: "visitorName", label: t("visits.visitor"), hint: t("visits.visitorHint"), required: true, maxLength: LIMITS.visitor },
    { kind: "text", name: "subject", label: t("visits.subject"), required: true, maxLength: LIMITS.title },
    { kind: "textarea", name: "content", label: t("visits.content"), hint: t("visits.contentHint"), required: true, maxLength: LIMITS.body },
  ];
}

export async function eventFields(stationId: string, deputies: TOption[], units: TOption[], today: string): Promise<TFieldSpec[]> {
  const t = await getTranslations("stations");
  return [
    { kind: "hidden", name: "stationId", value: stationId },
    { kind: "select", name: "kind", label: t("events.kind"), required: true, options: STATION_EVENT_KINDS.map((k) => ({ id: k, label: t(`eventKind.${k}`) })), defaultValue: "LECTURE" },
    { kind: "text", name: "title", label: t("events.title"), required: true, maxLength: LIMITS.title },
    { kind: "date", name: "heldOn", label: t("events.heldOn"), required: true, defaultValue: today },
    { kind: "text", name: "place", label: t("events.place"), maxLength: LIMITS.place },
    { kind: "textarea", name: "summary", label: t("events.summary"), maxLength: LIMITS.summary, rows: 4 },
    { kind: "checkboxes", name: "deputyIds", label: t("events.deputies"), hint: t("events.deputiesHint"), options: deputies, empty: t("events.noDeputies") },
    { kind: "checkboxes", name: "unitIds", label: t("events.units"), hint: t("events.unitsHint"), options: units, empty: t("events.noUnits") },
  ];
}

export async function issueFields(stationId: string, eventId: string): Promise<TFieldSpec[]> {
  const t = await getTranslations("stations");
  return [
    { kind: "hidden", name: "stationId", value: stationId },
    { kind: "hidden", name: "eventId", value: eventId },
    { kind: "text", name: "raisedBy", label: t("issue.raisedBy"), hint: t("issue.raisedByHint"), required: true, maxLength: LIMITS.visitor },
    { kind: "text", name: "title", label: t("issue.title"), required: true, maxLength: LIMITS.title },
    { kind: "textarea", name: "body", label: t("issue.body"), required: true, maxLength: LIMITS.body },
  ];
}

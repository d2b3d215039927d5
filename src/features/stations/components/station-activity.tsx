import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, Table, buttonClasses, type TColumn } from "@/components/ui";
import { linkClass } from "@/features/directory/components/fields";
import type { TEventRow } from "@/server/stations/events";
import type { TReceptionDay } from "@/server/stations/reception";
import type { TVisitRow } from "@/server/stations/visits";
import { CancelReceptionButton } from "./cancel-reception-button";

/** The month's reception days as a list, with the link to record a visitor for those who run the station. */
export async function ReceptionList({ stationId, days, canRun, today }: { stationId: string; days: TReceptionDay[]; canRun: boolean; today: string }) {
  const t = await getTranslations("stations.reception");
  const columns: TColumn<TReceptionDay>[] = [
    { key: "date", header: t("date"), rowHeader: true, cell: (d) => `${d.date} ${d.startTime}–${d.endTime}` },
    { key: "deputies", header: t("deputies"), cell: (d) => d.deputies.map((x) => x.name).join("、") },
    { key: "note", header: t("note"), cell: (d) => d.note ?? "" },
    ...(canRun
      ? [
          { key: "visits", header: t("visits"), align: "end" as const, cell: (d: TReceptionDay) => d.visitCount },
          {
            key: "actions",
            header: t("actions"),
            cell: (d: TReceptionDay) => (
              <span className="flex flex-wrap gap-2">
                <Link href={`/stations/${stationId}/visits/new?day=${d.id}`} className={buttonClasses("secondary", "sm")}>
                  {t("recordVisit")}
                </Link>
                {d.visitCount === 0 && d.date >= today ? <CancelReceptionButton stationId={stationId} receptionDayId={d.id} label={t("cancel")} /> : null}
              </span>
            ),
          },
        ]
      : []),
  ];
  return <Table caption={t("listCaption")} columns={columns} rows={days} rowKey={(d) => d.id} empty={t("empty")} />;
}

export async function EventList({ stationId, events, canRun }: { stationId: string; events: TEventRow[]; canRun: boolean }) {
  const [t, tk] = await Promise.all([getTranslations("stations.events"), getTranslations("stations.eventKind")]);
  const columns: TColumn<TEventRow>[] = [
    { key: "title", header: t("title"), rowHeader: true, cell: (e) => e.title },
    { key: "kind", header: t("kind"), cell: (e) => tk(e.kind) },
    { key: "heldOn", header: t("heldOn"), cell: (e) => e.heldOn },
    { key: "deputies", header: t("deputies"), cell: (e) => e.deputies.map((d) => d.name).join("、") },
    { key: "units", header: t("units"), cell: (e) => e.units.map((u) => u.name).join("、") },
    {
      key: "issues",
      header: t("issues"),
      cell: (e) => (
        <span className="flex flex-col gap-1">
          {e.issues.map((i) => (
            <span key={i.itemId}>
              {i.trackingNumber} {i.title}
            </span>
          ))}
          {canRun ? (
            <Link href={`/stations/${stationId}/events/${e.id}/issue`} className={linkClass}>
              {t("raiseIssue")}
            </Link>
          ) : null}
        </span>
      ),
    },
  ];
  return <Table caption={t("caption")} columns={columns} rows={events} rowKey={(e) => e.id} empty={t("empty")} />;
}

export async function VisitList({ visits }: { visits: TVisitRow[] }) {
  const t = await getTranslations("stations.visits");
  const columns: TColumn<TVisitRow>[] = [
    { key: "tracking", header: t("trackingNumber"), rowHeader: true, cell: (v) => v.trackingNumber },
    { key: "date", header: t("date"), cell: (v) => v.date },
    { key: "visitor", header: t("visitor"), cell: (v) => v.visitorName },
    { key: "subject", header: t("subject"), cell: (v) => v.subject },
  ];
  return (
    <Card title={t("title")} description={t("description")}>
      <Table caption={t("title")} captionHidden columns={columns} rows={visits} rowKey={(v) => v.id} empty={t("empty")} />
    </Card>
  );
}

import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui";
import { DUTY_CATEGORIES } from "@/domain/duty/record-types";
import type { TArchiveView } from "@/server/duty/archive";

/**
 * The archive's content, shared by the archive page and the printable report: figures, points by
 * category and by type, confirmed records, suggestions and how they ended, training, study output.
 */
export async function ArchiveBody({ a }: { a: TArchiveView }) {
  const t = await getTranslations("duty");
  const tw = await getTranslations("workflow.stage");
  const figures: [string, number][] = [
    [t("archive.totalPoints"), a.points.total],
    [t("archive.confirmedRecords"), a.confirmed.length],
    [t("archive.suggestionsTotal"), a.suggestions.total],
    [t("archive.suggestionsClosed"), a.suggestions.closed],
    [t("archive.stationDuty"), a.stationDuty],
    [t("archive.trainingAttended"), a.training.attended],
    [t("archive.studySessions"), a.study.sessions],
    [t("archive.studyCharacters"), a.study.characters],
  ];
  return (
    <div className="space-y-6 duty-archive">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-gray-200 bg-white p-3">
            <dt className="text-sm text-gray-700">{label}</dt>
            <dd className="text-2xl font-semibold" data-testid={label === t("archive.totalPoints") ? "total-points" : undefined}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-gray-700">
        {a.rulesFromYear ? t("archive.rulesFrom", { year: a.rulesFromYear }) : t("archive.rulesDefault")}
        {a.pendingCount > 0 ? ` · ${t("archive.pending", { count: a.pendingCount })}` : null}
      </p>
      <section className="break-inside-avoid">
        <h2 className="mb-2 text-lg font-semibold">{t("archive.byCategory")}</h2>
        <Table
          caption={t("archive.byCategory")}
          captionHidden
          rows={DUTY_CATEGORIES.map((c) => ({ c, points: a.points.byCategory[c] }))}
          rowKey={(r) => r.c}
          empty={t("archive.none")}
          columns={[
            { key: "c", header: t("archive.type"), rowHeader: true, cell: (r) => t(`category.${r.c}`) },
            { key: "p", header: t("archive.points"), align: "end", cell: (r) => r.points },
          ]}
        />
      </section>
      <section className="break-inside-avoid">
        <h2 className="mb-2 text-lg font-semibold">{t("archive.byType")}</h2>
        <Table
          caption={t("archive.byType")}
          captionHidden
          rows={a.points.byType}
          rowKey={(r) => r.type}
          empty={t("archive.none")}
          columns={[
            { key: "type", header: t("archive.type"), rowHeader: true, cell: (r) => t(`type.${r.type}` as "type.STUDY") },
            { key: "count", header: t("archive.count"), align: "end", cell: (r) => r.count },
            { key: "raw", header: t("archive.rawPoints"), align: "end", cell: (r) => r.raw },
            { key: "points", header: t("archive.points"), align: "end", cell: (r) => (r.capped ? t("archive.cappedPoints", { points: r.points }) : r.points) },
          ]}
        />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("archive.confirmedRecords")}</h2>
        <Table
          caption={t("archive.confirmedRecords")}
          captionHidden
          rows={a.confirmed}
          rowKey={(r) => r.id}
          empty={t("archive.none")}
          columns={[
            { key: "date", header: t("record.date"), rowHeader: true, cell: (r) => r.date },
            { key: "type", header: t("record.type"), cell: (r) => t(`type.${r.type}` as "type.STUDY") },
            { key: "place", header: t("record.place"), cell: (r) => r.place },
            { key: "origin", header: t("record.origin"), cell: (r) => t(`origin.${r.origin}` as "origin.MANUAL") },
          ]}
        />
      </section>
      <section className="break-inside-avoid">
        <h2 className="mb-2 text-lg font-semibold">{t("archive.suggestions")}</h2>
        <Table
          caption={t("archive.suggestions")}
          captionHidden
          rows={a.suggestions.list}
          rowKey={(r) => r.id}
          empty={t("archive.none")}
          columns={[
            { key: "no", header: "#", rowHeader: true, cell: (r) => <span className="font-mono">{r.trackingNumber}</span> },
            { key: "title", header: t("study.titleField"), cell: (r) => r.title },
            { key: "role", header: t("record.origin"), cell: (r) => (r.isLead ? t("archive.lead") : t("archive.co")) },
            { key: "stage", header: t("record.status"), cell: (r) => tw(r.stage as "SUBMITTED") },
          ]}
        />
      </section>
      <section className="break-inside-avoid">
        <h2 className="mb-2 text-lg font-semibold">{t("archive.training")}</h2>
        <Table
          caption={t("archive.training")}
          captionHidden
          rows={a.training.list}
          rowKey={(r) => r.courseId}
          empty={t("archive.none")}
          columns={[
            { key: "d", header: t("record.date"), rowHeader: true, cell: (r) => r.startsOn },
            { key: "t", header: t("training.titleField"), cell: (r) => r.title },
            { key: "a", header: t("training.attended"), cell: (r) => (r.attended ? t("archive.attended") : t("archive.absent")) },
          ]}
        />
      </section>
      <section className="break-inside-avoid">
        <h2 className="mb-2 text-lg font-semibold">{t("archive.study")}</h2>
        <Table
          caption={t("archive.study")}
          captionHidden
          rows={a.study.list}
          rowKey={(r) => r.id}
          empty={t("archive.none")}
          columns={[
            { key: "d", header: t("study.studiedOn"), rowHeader: true, cell: (r) => r.studiedOn },
            { key: "t", header: t("study.titleField"), cell: (r) => r.title },
            { key: "c", header: t("study.chars"), align: "end", cell: (r) => r.charCount },
          ]}
        />
      </section>
    </div>
  );
}

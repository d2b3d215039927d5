import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge, Table, type TBadgeTone } from "@/components/ui";
import type { TDutyRecordStatus } from "@/domain/duty/record-types";

type TRow = { id: string; deputyName: string; type: string; date: string; endDate: string | null; place: string; status: TDutyRecordStatus; origin: string; photoCount: number };

const TONE: Record<TDutyRecordStatus, TBadgeTone> = { DRAFT: "neutral", SUBMITTED: "warning", CONFIRMED: "success", RETURNED: "brand" };

export async function StatusBadge({ status }: { status: TDutyRecordStatus }) {
  const t = await getTranslations("duty.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}

/** Records as a table; the deputy column only for staff and leaders. */
export async function RecordTable({ rows, caption, empty, showDeputy }: { rows: readonly TRow[]; caption: string; empty: string; showDeputy: boolean }) {
  const t = await getTranslations("duty");
  const tStatus = await getTranslations("duty.status");
  return (
    <Table
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      columns={[
        { key: "date", header: t("record.date"), rowHeader: true, cell: (r) => <Link className="text-brand-700 underline" href={`/duty/records/${r.id}`}>{r.endDate ? `${r.date} – ${r.endDate}` : r.date}</Link> },
        ...(showDeputy ? [{ key: "deputy", header: t("record.deputy"), cell: (r: TRow) => r.deputyName }] : []),
        { key: "type", header: t("record.type"), cell: (r) => t(`type.${r.type}` as "type.STUDY") },
        { key: "place", header: t("record.place"), cell: (r) => r.place },
        { key: "status", header: t("record.status"), cell: (r) => <Badge tone={TONE[r.status]}>{tStatus(r.status)}</Badge> },
        { key: "origin", header: t("record.origin"), cell: (r) => t(`origin.${r.origin}` as "origin.MANUAL") },
        { key: "photos", header: t("record.photo"), align: "end", cell: (r) => r.photoCount },
      ]}
    />
  );
}

import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { EmptyState, Table, type TColumn } from "@/components/ui";
import type { TDeputyRow } from "@/server/directory/deputies";
import { linkClass, NoWrap, Wide } from "@/features/directory/components/fields";

export async function DeputyTable({ rows }: { rows: TDeputyRow[] }) {
  const [t, te, tr] = await Promise.all([getTranslations("directory"), getTranslations("enums"), getTranslations("register.list")]);
  if (rows.length === 0) return <EmptyState title={t("deputies.empty")}>{t("deputies.emptyHint")}</EmptyState>;
  const columns: TColumn<TDeputyRow>[] = [
    {
      key: "name",
      header: t("deputies.columns.name"),
      rowHeader: true,
      cell: (d) => <Link href={`/deputies/${d.id}`} className={`${linkClass} whitespace-nowrap`}>{d.name}</Link>,
    },
    { key: "gender", header: t("deputies.columns.gender"), cell: (d) => <NoWrap>{te(`gender.${d.gender}`)}</NoWrap> },
    { key: "level", header: t("deputies.columns.level"), cell: (d) => <NoWrap>{te(`deputyLevel.${d.level}`)}</NoWrap> },
    { key: "region", header: t("deputies.columns.region"), cell: (d) => <NoWrap>{d.regionName}</NoWrap> },
    { key: "title", header: t("deputies.columns.title"), cell: (d) => <Wide>{[d.workUnit, d.title].filter(Boolean).join(" ") || t("none")}</Wide> },
    { key: "phone", header: tr("phone"), cell: (d) => <NoWrap>{d.phone || t("none")}</NoWrap> },
    { key: "status", header: t("deputies.columns.status"), cell: (d) => <NoWrap>{te(`deputyStatus.${d.status}`)}</NoWrap> },
  ];
  return <Table caption={t("deputies.tableCaption")} captionHidden columns={columns} rows={rows} rowKey={(d) => d.id} empty={t("deputies.empty")} />;
}

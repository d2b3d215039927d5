import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge, EmptyState, Table, type TColumn } from "@/components/ui";
import type { TStationRow } from "@/server/directory/stations";
import { linkClass, NoWrap } from "./fields";

export async function StationTable({ rows }: { rows: TStationRow[] }) {
  const [t, te] = await Promise.all([getTranslations("directory"), getTranslations("enums")]);
  if (rows.length === 0) return <EmptyState title={t("stations.empty")}>{t("stations.emptyHint")}</EmptyState>;
  const columns: TColumn<TStationRow>[] = [
    {
      key: "name",
      header: t("stations.columns.name"),
      rowHeader: true,
      cell: (s) => <Link href={`/stations/${s.id}`} className={`${linkClass} whitespace-nowrap`}>{s.name}</Link>,
    },
    { key: "kind", header: t("stations.columns.kind"), cell: (s) => <Badge className="whitespace-nowrap">{te(`stationKind.${s.kind}`)}</Badge> },
    { key: "region", header: t("stations.columns.region"), cell: (s) => <NoWrap>{s.regionName}</NoWrap> },
    { key: "theme", header: t("stations.columns.theme"), cell: (s) => <NoWrap>{s.theme ?? t("none")}</NoWrap> },
    { key: "deputies", header: t("stations.columns.deputies"), align: "end", cell: (s) => s.deputyCount },
    { key: "status", header: t("stations.columns.status"), cell: (s) => <NoWrap>{s.active ? t("active") : t("inactive")}</NoWrap> },
  ];
  return <Table caption={t("stations.tableCaption")} captionHidden columns={columns} rows={rows} rowKey={(s) => s.id} empty={t("stations.empty")} />;
}

import { getTranslations } from "next-intl/server";
import { EmptyState, Table, type TColumn } from "@/components/ui";
import type { TUnitRow } from "@/server/directory/units";
import { NoWrap } from "./fields";

export async function UnitTable({ rows }: { rows: TUnitRow[] }) {
  const [t, te] = await Promise.all([getTranslations("directory"), getTranslations("enums")]);
  if (rows.length === 0) return <EmptyState title={t("units.empty")}>{t("units.emptyHint")}</EmptyState>;
  const columns: TColumn<TUnitRow>[] = [
    { key: "name", header: t("units.columns.name"), rowHeader: true, cell: (u) => <NoWrap>{u.name}</NoWrap> },
    { key: "kind", header: t("units.columns.kind"), cell: (u) => <NoWrap>{te(`unitKind.${u.kind}`)}</NoWrap> },
    { key: "region", header: t("units.columns.region"), cell: (u) => <NoWrap>{u.regionName}</NoWrap> },
    { key: "committee", header: t("units.columns.committee"), cell: (u) => <NoWrap>{u.committeeName}</NoWrap> },
    { key: "status", header: t("units.columns.status"), cell: (u) => <NoWrap>{u.active ? t("active") : t("inactive")}</NoWrap> },
  ];
  return <Table caption={t("units.tableCaption")} captionHidden columns={columns} rows={rows} rowKey={(u) => u.id} empty={t("units.empty")} />;
}

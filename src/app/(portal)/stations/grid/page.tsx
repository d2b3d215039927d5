import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, Table, buttonClasses, type TColumn } from "@/components/ui";
import { can } from "@/domain/permissions";
import { linkClass } from "@/features/directory/components/fields";
import { listGridCells, type TCellRow } from "@/server/grid/cells";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("grid"))("title") };
}

/** 代表+网格: the cells in the caller's reach (a deputy's own cells, a manager's township, staff's committee). */
export default async function GridPage() {
  const actor = await requirePermission("grid:read");
  const [t, cells] = await Promise.all([getTranslations("grid"), listGridCells(actor)]);
  const columns: TColumn<TCellRow>[] = [
    { key: "name", header: t("name"), rowHeader: true, cell: (c) => <Link href={`/stations/grid/${c.id}`} className={linkClass}>{c.name}</Link> },
    { key: "township", header: t("township"), cell: (c) => c.townshipName },
    { key: "deputies", header: t("deputies"), cell: (c) => c.deputies.map((d) => d.name).join("、") },
    { key: "findings", header: t("findings"), align: "end", cell: (c) => c.findingCount },
  ];
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={can(actor.role, "station:write") ? <Link href="/stations/grid/new" className={buttonClasses("primary", "sm")}>{t("new")}</Link> : null}
      />
      <Table caption={t("caption")} columns={columns} rows={cells} rowKey={(c) => c.id} empty={t("empty")} />
    </>
  );
}

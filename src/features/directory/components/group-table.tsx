import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { EmptyState, Table, type TColumn } from "@/components/ui";
import type { TGroupRow } from "@/server/directory/groups";
import { linkClass, NoWrap } from "./fields";

export async function GroupTable({ rows }: { rows: TGroupRow[] }) {
  const t = await getTranslations("directory.groups");
  if (rows.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  const columns: TColumn<TGroupRow>[] = [
    { key: "name", header: t("columns.name"), rowHeader: true, cell: (g) => <Link href={`/groups/${g.id}`} className={`${linkClass} whitespace-nowrap`}>{g.name}</Link> },
    { key: "field", header: t("columns.field"), cell: (g) => <NoWrap>{g.field}</NoWrap> },
    { key: "lead", header: t("columns.leadCommittee"), cell: (g) => <NoWrap>{g.leadCommitteeName}</NoWrap> },
    { key: "committee", header: t("columns.committee"), cell: (g) => <NoWrap>{g.committeeName}</NoWrap> },
    { key: "members", header: t("columns.members"), align: "end", cell: (g) => g.memberCount },
  ];
  return <Table caption={t("tableCaption")} captionHidden columns={columns} rows={rows} rowKey={(g) => g.id} empty={t("empty")} />;
}

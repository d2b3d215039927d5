import { getTranslations } from "next-intl/server";
import { Table, type TColumn } from "@/components/ui";
import { columnTitle } from "@/domain/roster/columns";
import type { TRosterProblem } from "@/domain/roster/validate";

/** The row-by-row report: sheet row, column, and what to do, in Chinese. Cell text is never echoed. */
export async function ImportReport({ problems }: { problems: TRosterProblem[] }) {
  const [t, tAll] = await Promise.all([getTranslations("register.import"), getTranslations()]);
  type TKey = Parameters<typeof tAll>[0];
  const say = (p: TRosterProblem) => (tAll.has(p.key as TKey) ? tAll(p.key as TKey, p.params ?? {}) : tAll("errors.badInput"));
  const rows = problems.map((p, i) => ({ ...p, i }));
  const columns: TColumn<(typeof rows)[number]>[] = [
    { key: "row", header: t("columnRow"), rowHeader: true, cell: (p) => p.row },
    { key: "column", header: t("columnColumn"), cell: (p) => (p.column ? columnTitle(p.column) : t("wholeFile")) },
    { key: "problem", header: t("columnProblem"), cell: (p) => say(p) },
  ];
  return <Table caption={t("reportTitle")} columns={columns} rows={rows} rowKey={(p) => String(p.i)} empty="" />;
}

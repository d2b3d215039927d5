import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Alert, Table, type TColumn } from "@/components/ui";
import type { TOverdueSummary } from "@/server/items/list";
import { hrefWith } from "../search-params";

type TRankRow = TOverdueSummary["byUnit"][number] & { rank: number };

/**
 * Escalation for the committee: a highlighted count of overdue items with a link to them, and,
 * while the overdue filter is on, the lead units ranked by items past their reply deadline.
 */
export async function OverduePanel({ summary, showRanking }: { summary: TOverdueSummary; showRanking: boolean }) {
  if (summary.reply + summary.evaluation === 0) return null;
  const t = await getTranslations("itemLists.escalation");
  const rows: TRankRow[] = summary.byUnit.map((u, i) => ({ ...u, rank: i + 1 }));
  const columns: TColumn<TRankRow>[] = [
    { key: "rank", header: t("rank"), cell: (r) => r.rank, align: "end" },
    { key: "unit", header: t("unit"), rowHeader: true, cell: (r) => r.name },
    {
      key: "count",
      header: t("count"),
      align: "end",
      cell: (r) => (
        <Link href={hrefWith("/items", { overdue: "REPLY", unit: r.unitId })} aria-label={t("view", { unit: r.name })} className="font-semibold text-brand-700 underline">
          {r.count}
        </Link>
      ),
    },
  ];
  return (
    <div className="mb-4 space-y-3" data-testid="overdue-panel">
      <Alert tone="warning" title={t("title")}>
        <p>{t("summary", { reply: summary.reply, evaluation: summary.evaluation })}</p>
        <Link href="/items?overdue=ANY" className="mt-1 inline-block font-semibold underline">
          {t("link")}
        </Link>
      </Alert>
      {showRanking && rows.length > 0 ? <Table caption={t("rankingTitle")} columns={columns} rows={rows} rowKey={(r) => r.unitId} empty={null} /> : null}
    </div>
  );
}

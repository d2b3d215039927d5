import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, Table } from "@/components/ui";
import { yearParam } from "@/server/duty/archive";
import { committeeRanking } from "@/server/duty/ranking";
import { requirePermission } from "@/server/session";
import { first } from "../_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.ranking"))("title") };
}

export default async function RankingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("duty:read");
  const year = yearParam(first((await searchParams).year));
  const r = await committeeRanking(actor, year);
  const t = await getTranslations("duty");
  const link = (id: string, name: string) => <Link className="text-brand-700 underline" href={`/duty/archive/${id}?year=${year}`}>{name}</Link>;
  return (
    <>
      <PageHeader title={t("ranking.title")} description={t("ranking.intro", { year })} />
      <section className="mb-8">
        <h2 className="mb-1 text-lg font-semibold">{t("ranking.lowTitle")}</h2>
        <p className="mb-2 text-sm text-gray-700">{t("ranking.lowIntro", { year: r.quarter.year, quarter: r.quarter.quarter, threshold: r.threshold })}</p>
        <Table
          caption={t("ranking.lowTitle")}
          captionHidden
          rows={r.low}
          rowKey={(x) => x.deputyId}
          empty={t("ranking.lowEmpty")}
          columns={[
            { key: "n", header: t("record.deputy"), rowHeader: true, cell: (x) => link(x.deputyId, x.name) },
            { key: "q", header: t("ranking.thisQuarter"), align: "end", cell: (x) => x.recordsThisQuarter },
          ]}
        />
      </section>
      <Table
        caption={t("ranking.title")}
        rows={r.rows.map((x, i) => ({ ...x, rank: i + 1 }))}
        rowKey={(x) => x.deputyId}
        empty={t("records.reviewEmpty")}
        columns={[
          { key: "rank", header: t("ranking.rank"), align: "end", cell: (x) => x.rank },
          { key: "n", header: t("record.deputy"), rowHeader: true, cell: (x) => link(x.deputyId, x.name) },
          { key: "p", header: t("archive.points"), align: "end", cell: (x) => x.points },
          { key: "r", header: t("ranking.records"), align: "end", cell: (x) => x.records },
          { key: "c", header: t("ranking.characters"), align: "end", cell: (x) => x.characters },
        ]}
      />
    </>
  );
}

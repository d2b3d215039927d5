import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination, PageHeader, Table, buttonClasses, type TColumn } from "@/components/ui";
import { can } from "@/domain/permissions";
import { TRACKING_SOURCES, type TTrackingSource } from "@/domain/tracking-number";
import { StageBadge } from "@/features/items/components/stage-badge";
import { StageFilterForm } from "@/features/items/components/stage-filter-form";
import { ZItemSearch } from "@/features/items/search-params";
import { ForbiddenError } from "@/server/errors";
import { listItems, type TItemListRow } from "@/server/items/queries";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("items"))("listTitle") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const isSource = (s: string): s is TTrackingSource => (TRACKING_SOURCES as readonly string[]).includes(s);
type TIntroRole = "STAFF" | "LEADER" | "UNIT" | "DEPUTY";

export default async function ItemsPage({ searchParams }: TProps) {
  const actor = await requirePermission("item:read");
  const search = ZItemSearch.parse(await searchParams);
  const result = await listItems(actor, { stage: search.stage, page: search.page }).catch((e: unknown) => {
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  });
  const [t, tSource, format] = await Promise.all([getTranslations("items"), getTranslations("workflow.source"), getFormatter()]);
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  const columns: TColumn<TItemListRow>[] = [
    {
      key: "trackingNumber",
      header: t("columns.trackingNumber"),
      rowHeader: true,
      cell: (r) => (
        <Link href={`/items/${r.id}`} className="font-mono text-brand-700 underline">
          {r.trackingNumber}
        </Link>
      ),
    },
    { key: "title", header: t("columns.title"), cell: (r) => r.title },
    { key: "source", header: t("columns.source"), cell: (r) => (isSource(r.source) ? tSource(r.source) : r.source) },
    { key: "stage", header: t("columns.stage"), cell: (r) => <StageBadge stage={r.stage} /> },
    { key: "deadline", header: t("columns.deadline"), cell: (r) => day(r.deadline) },
    { key: "createdAt", header: t("columns.createdAt"), cell: (r) => day(r.createdAt) },
  ];
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const canSubmit = can(actor.role, "item:submit");
  return (
    <>
      <PageHeader
        title={t("listTitle")}
        description={t(`listIntro.${actor.role as TIntroRole}`)}
        actions={
          canSubmit ? (
            <Link href="/items/new" className={buttonClasses("primary")}>
              {t("newLink")}
            </Link>
          ) : null
        }
      />
      <StageFilterForm stage={search.stage} />
      <p className="mb-2 text-sm text-gray-700">{t("total", { total: result.total })}</p>
      <Table
        caption={t("listTitle")}
        captionHidden
        columns={columns}
        rows={result.rows}
        rowKey={(r) => r.id}
        empty={
          <>
            <span className="block font-medium">{t("empty")}</span>
            <span className="block">{t("emptyHint")}</span>
          </>
        }
      />
      <Pagination page={search.page} pageCount={pageCount} basePath="/items" params={{ stage: search.stage }} />
    </>
  );
}

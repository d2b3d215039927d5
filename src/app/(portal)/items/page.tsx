import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Pagination, PageHeader, Table, buttonClasses, type TColumn } from "@/components/ui";
import { can } from "@/domain/permissions";
import { TRACKING_SOURCES, type TTrackingSource } from "@/domain/tracking-number";
import { ItemFilterForm } from "@/features/items/components/item-filter-form";
import { OverduePanel } from "@/features/items/components/overdue-panel";
import { StageBadge } from "@/features/items/components/stage-badge";
import { filterParams, hrefWith, toListFilter, ZItemSearch } from "@/features/items/search-params";
import { ForbiddenError } from "@/server/errors";
import { EXPORT_MAX_ROWS } from "@/server/items/export";
import { listFilterUnits, listItems, overdueSummary, type TItemListRow } from "@/server/items/list";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("items"))("listTitle") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const isSource = (s: string): s is TTrackingSource => (TRACKING_SOURCES as readonly string[]).includes(s);
type TIntroRole = "STAFF" | "LEADER" | "UNIT" | "DEPUTY" | "STATION_MANAGER";

const orForbidden = (e: unknown): never => {
  if (e instanceof ForbiddenError) forbidden();
  throw e;
};

export default async function ItemsPage({ searchParams }: TProps) {
  const actor = await requirePermission("item:read");
  const search = ZItemSearch.parse(await searchParams);
  const committee = actor.role === "STAFF" || actor.role === "LEADER";
  const [result, units, overdue] = await Promise.all([
    listItems(actor, toListFilter(search)).catch(orForbidden),
    listFilterUnits(actor).catch(orForbidden),
    committee ? overdueSummary(actor, new Date(), { ranking: search.overdue !== undefined }).catch(orForbidden) : null,
  ]);
  const [t, tl, tSource, tSat, format] = await Promise.all([
    getTranslations("items"),
    getTranslations("itemLists"),
    getTranslations("workflow.source"),
    getTranslations("workflow.satisfaction"),
    getFormatter(),
  ]);
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
    {
      key: "stage",
      header: t("columns.stage"),
      cell: (r) => (
        <span className="flex flex-wrap gap-1">
          <StageBadge stage={r.stage} />
          {r.overdue.map((k) => (
            <Badge key={k} tone="warning">
              {tl(`flag.${k}`)}
            </Badge>
          ))}
        </span>
      ),
    },
    { key: "leadUnit", header: tl("columns.leadUnit"), cell: (r) => r.leadUnit?.name ?? "—" },
    { key: "resultClass", header: tl("columns.resultClass"), cell: (r) => r.resultClass ?? "—" },
    { key: "satisfaction", header: tl("columns.satisfaction"), cell: (r) => (r.satisfaction ? tSat(r.satisfaction) : "—") },
    { key: "deadline", header: t("columns.deadline"), cell: (r) => day(r.deadline) },
    { key: "createdAt", header: t("columns.createdAt"), cell: (r) => day(r.createdAt) },
  ];
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const params = filterParams(search);
  const canExport = can(actor.role, "item:export") && result.total > 0;
  return (
    <>
      <PageHeader
        title={t("listTitle")}
        description={t(`listIntro.${actor.role as TIntroRole}`)}
        actions={
          can(actor.role, "item:submit") ? (
            <Link href="/items/new" className={buttonClasses("primary")}>
              {t("newLink")}
            </Link>
          ) : null
        }
      />
      {overdue ? <OverduePanel summary={overdue} showRanking={search.overdue !== undefined} /> : null}
      <ItemFilterForm search={search} units={units} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-gray-700">{t("total", { total: result.total })}</p>
        {canExport ? (
          <p className="flex items-center gap-2 text-sm text-gray-700">
            <span>{tl("export.hint", { max: EXPORT_MAX_ROWS })}</span>
            <a href={hrefWith("/items/export", params)} className={buttonClasses("secondary")} download>
              {tl("export.link")}
            </a>
          </p>
        ) : null}
      </div>
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
      <Pagination page={search.page} pageCount={pageCount} basePath="/items" params={params} />
    </>
  );
}

import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader, Pagination, Table, buttonClasses, type TColumn } from "@/components/ui";
import { StageBadge } from "@/features/items/components/stage-badge";
import type { TStage } from "@/domain/workflow/stages";
import { DRILL_PAGE_SIZE, type TDrillDeputyRow, type TDrillItemRow, type TDrillResult } from "@/server/dashboard/drill";
import type { TDrillRecordRow } from "@/server/dashboard/activity-drill";
import { isActivityFigure } from "@/domain/dashboard/figures";
import { filterParams, type TDrillSearch } from "../search-params";

/** The list behind one figure, with the count the figure showed. */
export async function DrillList({ result, search }: { result: TDrillResult; search: TDrillSearch }) {
  const [t, tDash, tStage, tSat, tLevel, format] = await Promise.all([
    getTranslations("dashboard.list"),
    getTranslations("dashboard"),
    getTranslations("workflow.stage"),
    getTranslations("workflow.satisfaction"),
    getTranslations("enums.deputyLevel"),
    getFormatter(),
  ]);
  const figure = search.figure ?? "";
  const key = search.key ?? "";
  const figureTitle = isActivityFigure(figure)
    ? tDash(`activityFigures.${figure}` as "activityFigures.stations")
    : figure === "deputies" ? tDash(key.startsWith("region:") ? "figures.deputiesByRegion" : "figures.deputiesByLevel") : tDash(`figures.${figure}` as "figures.total");
  const keyLabel = (() => {
    if (key === "ALL" || key === "ON_TIME" || key === "LATE") return tDash(`keys.${key}`);
    if (figure === "stage") return tStage(key as "SUBMITTED");
    if (figure === "firstSatisfaction" || figure === "finalSatisfaction") return tSat(key as "SATISFIED");
    if (figure === "resultClass" || figure === "followUp") return tDash("keys.class", { key });
    if (figure === "deputies" && key.startsWith("region:")) return result.scope.tree.byId.get(key.slice(7))?.name ?? key;
    if (figure === "deputies" || (figure === "dutyActive" && !tDash.has(`activityKeys.${key}` as "activityKeys.YEAR"))) return key.startsWith("region:") ? (result.scope.tree.byId.get(key.slice(7))?.name ?? key) : tLevel(key as "COUNTY");
    if (isActivityFigure(figure)) return tDash(`activityKeys.${key}` as "activityKeys.YEAR");
    if (figure === "overdue" && result.kind === "items") return result.rows[0]?.unitName ?? key;
    return key;
  })();
  const time = result.refreshedAt ? format.dateTime(result.refreshedAt, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) : "—";
  const back = `/dashboard${Object.keys(filterParams(search)).length ? `?${new URLSearchParams(filterParams(search)).toString()}` : ""}`;
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  const pageCount = Math.max(1, Math.ceil(result.total / DRILL_PAGE_SIZE));
  const params = { ...filterParams(search), figure, key };
  const empty = <span className="block font-medium">{t("empty")}</span>;
  return (
    <>
      <PageHeader
        title={t("heading", { figure: figureTitle, key: keyLabel })}
        description={
          <span data-testid="drill-total" data-total={result.total}>
            {result.kind === "items" ? t("total", { total: result.total, time }) : result.kind === "records" ? t("totalRecords", { total: result.total }) : t("totalDeputies", { total: result.total })}
          </span>
        }
        actions={
          <Link href={back} className={buttonClasses("secondary")}>
            {t("back")}
          </Link>
        }
      />
      {result.kind === "records" ? (
        <Table
          caption={t("title")}
          captionHidden
          rows={result.rows}
          rowKey={(r) => r.id}
          empty={empty}
          columns={
            [
              { key: "title", header: t("columns.record"), rowHeader: true, cell: (r) => r.title },
              { key: "detail", header: t("columns.detail"), cell: (r) => r.detail ?? "—" },
              { key: "year", header: t("columns.year"), cell: (r) => r.year },
              { key: "region", header: t("columns.region"), cell: (r) => r.regionName },
            ] satisfies TColumn<TDrillRecordRow>[]
          }
        />
      ) : result.kind === "items" ? (
        <Table
          caption={t("title")}
          captionHidden
          rows={result.rows}
          rowKey={(r) => r.id}
          empty={empty}
          columns={
            [
              {
                key: "no",
                header: t("columns.trackingNumber"),
                rowHeader: true,
                cell: (r) =>
                  r.linkable ? (
                    <Link href={`/items/${r.id}`} className="font-mono text-brand-700 underline">
                      {r.trackingNumber}
                    </Link>
                  ) : (
                    <span className="font-mono" title={t("notLinkable")}>
                      {r.trackingNumber}
                    </span>
                  ),
              },
              { key: "title", header: t("columns.title"), cell: (r) => r.title },
              { key: "committee", header: t("columns.committee"), cell: (r) => r.committeeName },
              { key: "stage", header: t("columns.stage"), cell: (r) => <StageBadge stage={r.stage as TStage} /> },
              { key: "unit", header: t("columns.unit"), cell: (r) => r.unitName ?? "—" },
              { key: "deadline", header: t("columns.deadline"), cell: (r) => day(r.deadline) },
            ] satisfies TColumn<TDrillItemRow>[]
          }
        />
      ) : (
        <Table
          caption={t("title")}
          captionHidden
          rows={result.rows}
          rowKey={(r) => r.id}
          empty={empty}
          columns={
            [
              {
                key: "name",
                header: t("columns.name"),
                rowHeader: true,
                cell: (r) => (
                  <Link href={`/deputies/${r.id}`} className="text-brand-700 underline">
                    {r.name}
                  </Link>
                ),
              },
              { key: "level", header: t("columns.level"), cell: (r) => tLevel(r.level as "COUNTY") },
              { key: "region", header: t("columns.region"), cell: (r) => r.regionName },
            ] satisfies TColumn<TDrillDeputyRow>[]
          }
        />
      )}
      <Pagination page={search.page} pageCount={pageCount} basePath="/dashboard/list" params={params} />
    </>
  );
}

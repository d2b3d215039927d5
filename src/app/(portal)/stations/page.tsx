import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, Pagination, buttonClasses } from "@/components/ui";
import { can } from "@/domain/permissions";
import { KindNav } from "@/features/directory/components/kind-nav";
import { StationSummaryTable } from "@/features/directory/components/station-summary";
import { StationTable } from "@/features/directory/components/station-table";
import { pageParams, parseSearch, ZStationSearch, type TSearchParams } from "@/features/directory/search-params";
import { listStations, summarizeStations } from "@/server/directory/stations";
import { requirePermission } from "@/server/session";
import { STATION_KINDS } from "@/domain/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory.stations"))("title") };
}

export default async function StationsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("station:read");
  const search = parseSearch(ZStationSearch, await searchParams);
  const [t, ts, te, summary, result] = await Promise.all([
    getTranslations("directory.stations"),
    getTranslations("stations"),
    getTranslations("enums.stationKind"),
    summarizeStations(actor),
    listStations(actor, search),
  ]);
  const kinds = [{ label: t("allKinds") }, ...STATION_KINDS.map((k) => ({ value: k, label: te(k) }))];
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href="/stations/network" className={buttonClasses("secondary", "sm")}>
              {ts("network.link")}
            </Link>
            {can(actor.role, "grid:read") ? (
              <Link href="/stations/grid" className={buttonClasses("secondary", "sm")}>
                {ts("gridLink")}
              </Link>
            ) : null}
            {can(actor.role, "station:write") ? (
              <Link href="/stations/new" className={buttonClasses("primary", "sm")}>
                {ts("newTitle")}
              </Link>
            ) : null}
          </>
        }
      />
      <StationSummaryTable rows={summary} />
      <section aria-labelledby="station-list-title" className="mt-6">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="station-list-title" className="text-lg font-semibold text-gray-900">{t("listTitle")}</h2>
          <p className="text-sm text-gray-700">{t("count", { total: result.total })}</p>
        </div>
        <KindNav label={t("kindNav")} path="/stations" current={search.kind} items={kinds} />
        <StationTable rows={result.items} />
        <Pagination basePath="/stations" params={pageParams(search)} page={result.page} pageCount={result.pageCount} />
      </section>
    </>
  );
}

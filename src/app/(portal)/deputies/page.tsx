import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, PageHeader, Pagination } from "@/components/ui";
import { can } from "@/domain/permissions";
import { DeputyFilterForm } from "@/features/deputies/components/deputy-filter-form";
import { DeputyTable } from "@/features/deputies/components/deputy-table";
import { parseDeputySearch, searchQuery, toFilters } from "@/features/deputies/search-params";
import { pageParams, type TSearchParams } from "@/features/directory/search-params";
import { listDeputies } from "@/server/directory/deputies";
import { deputyFilterOptions } from "@/server/directory/filter-options";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory.deputies"))("title") };
}

export default async function DeputiesPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("deputy:read");
  const search = parseDeputySearch(await searchParams);
  const [t, tr, result, options] = await Promise.all([
    getTranslations("directory.deputies"),
    getTranslations("register.list"),
    listDeputies(actor, toFilters(search)),
    deputyFilterOptions(actor),
  ]);
  const query = searchQuery(search);
  const actions = (
    <div className="flex flex-wrap items-center gap-2">
      <p className="text-sm text-gray-700">{t("count", { total: result.total })}</p>
      <a href={`/deputies/export${query ? `?${query}` : ""}`} className={buttonClasses("secondary", "sm")} download>
        {tr("export")}
      </a>
      {can(actor.role, "deputy:write") ? (
        <>
          <Link href="/deputies/import" className={buttonClasses("secondary", "sm")}>
            {tr("import")}
          </Link>
          <Link href="/deputies/new" className={buttonClasses("primary", "sm")}>
            {tr("create")}
          </Link>
        </>
      ) : null}
    </div>
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={actions} />
      <DeputyFilterForm search={search} options={options} />
      <DeputyTable rows={result.items} />
      <Pagination basePath="/deputies" params={pageParams(search)} page={result.page} pageCount={result.pageCount} />
    </>
  );
}

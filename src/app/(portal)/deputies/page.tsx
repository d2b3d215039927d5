import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, Pagination } from "@/components/ui";
import { DeputyFilterForm } from "@/features/directory/components/deputy-filter-form";
import { DeputyTable } from "@/features/directory/components/deputy-table";
import { pageParams, parseSearch, toDeputyFilters, ZDeputySearch, type TSearchParams } from "@/features/directory/search-params";
import { listDeputies } from "@/server/directory/deputies";
import { deputyFilterOptions } from "@/server/directory/filter-options";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory.deputies"))("title") };
}

export default async function DeputiesPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("deputy:read");
  const search = parseSearch(ZDeputySearch, await searchParams);
  const [t, result, options] = await Promise.all([
    getTranslations("directory.deputies"),
    listDeputies(actor, toDeputyFilters(search)),
    deputyFilterOptions(actor),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<p className="text-sm text-gray-700">{t("count", { total: result.total })}</p>} />
      <DeputyFilterForm search={search} options={options} />
      <DeputyTable rows={result.items} />
      <Pagination basePath="/deputies" params={pageParams(search)} page={result.page} pageCount={result.pageCount} />
    </>
  );
}

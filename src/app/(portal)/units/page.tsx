import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, Pagination } from "@/components/ui";
import { KindNav } from "@/features/directory/components/kind-nav";
import { UnitTable } from "@/features/directory/components/unit-table";
import { pageParams, parseSearch, ZUnitSearch, type TSearchParams } from "@/features/directory/search-params";
import { listUnits } from "@/server/directory/units";
import { requirePermission } from "@/server/session";
import { UNIT_KINDS } from "@/domain/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory.units"))("title") };
}

export default async function UnitsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("unit:read");
  const search = parseSearch(ZUnitSearch, await searchParams);
  const [t, te, result] = await Promise.all([getTranslations("directory.units"), getTranslations("enums.unitKind"), listUnits(actor, search)]);
  const kinds = [{ label: t("allKinds") }, ...UNIT_KINDS.map((k) => ({ value: k, label: te(k) }))];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<p className="text-sm text-gray-700">{t("count", { total: result.total })}</p>} />
      <KindNav label={t("kindNav")} path="/units" current={search.kind} items={kinds} />
      <UnitTable rows={result.items} />
      <Pagination basePath="/units" params={pageParams(search)} page={result.page} pageCount={result.pageCount} />
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, Pagination } from "@/components/ui";
import { GroupTable } from "@/features/directory/components/group-table";
import { parseSearch, ZPageSearch, type TSearchParams } from "@/features/directory/search-params";
import { listGroups } from "@/server/directory/groups";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory.groups"))("title") };
}

export default async function GroupsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("group:read");
  const search = parseSearch(ZPageSearch, await searchParams);
  const [t, result] = await Promise.all([getTranslations("directory.groups"), listGroups(actor, search)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<p className="text-sm text-gray-700">{t("count", { total: result.total })}</p>} />
      <GroupTable rows={result.items} />
      <Pagination basePath="/groups" page={result.page} pageCount={result.pageCount} />
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Pagination, PageHeader, Table, buttonClasses, controlClasses, type TColumn } from "@/components/ui";
import { ROLES } from "@/domain/roles";
import { CreateUserForm } from "@/features/admin/components/create-user-form";
import { ZUserSearch } from "@/features/admin/search-params";
import { listUsers, scopeOptions, type TUserRow } from "@/server/users/queries";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("usersTitle") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: TProps) {
  const actor = await requirePermission("user:manage");
  const search = ZUserSearch.parse(await searchParams);
  const [t, tRoles, format, result, options] = await Promise.all([
    getTranslations("admin"),
    getTranslations("roles"),
    getFormatter(),
    listUsers(actor, search),
    scopeOptions(actor),
  ]);
  const columns: TColumn<TUserRow>[] = [
    { key: "username", header: t("columns.username"), rowHeader: true, cell: (u) => u.username },
    { key: "displayName", header: t("columns.displayName"), cell: (u) => u.displayName },
    { key: "role", header: t("columns.role"), cell: (u) => tRoles(u.role) },
    { key: "scope", header: t("columns.scope"), cell: (u) => u.scope ?? "—" },
    { key: "status", header: t("columns.status"), cell: (u) => <Badge tone={u.active ? "success" : "neutral"}>{u.active ? t("active") : t("inactive")}</Badge> },
    { key: "lastLogin", header: t("columns.lastLogin"), cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "short", timeStyle: "short" }) : t("never")) },
    { key: "actions", header: t("columns.actions"), cell: (u) => <Link className="text-brand-700 underline" href={`/admin/users/${u.id}`}>{t("manage")}<span className="sr-only"> {u.username}</span></Link> },
  ];
  return (
    <>
      <PageHeader title={t("usersTitle")} description={t("usersIntro")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">{t("search")}</label>
          <input id="q" name="q" defaultValue={search.q ?? ""} maxLength={64} className={controlClasses(false)} />
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium">{t("filterRole")}</label>
          <select id="role" name="role" defaultValue={search.role ?? ""} className={controlClasses(false)}>
            <option value="">{t("allRoles")}</option>
            {ROLES.map((r) => <option key={r} value={r}>{tRoles(r)}</option>)}
          </select>
        </div>
        <button type="submit" className={buttonClasses("secondary")}>{t("filter")}</button>
      </form>
      <p className="mb-2 text-sm text-gray-700">{t("total", { total: result.total })}</p>
      <Table caption={t("usersTitle")} captionHidden columns={columns} rows={result.items} rowKey={(u) => u.id} empty={<><p className="font-medium">{t("empty")}</p><p>{t("emptyHint")}</p></>} />
      <Pagination page={search.page} pageCount={result.pageCount} basePath="/admin/users" params={{ q: search.q, role: search.role }} />
      <div className="mt-8">
        <CreateUserForm committees={options.committees} units={options.units} />
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui";
import { ResetTotpForm } from "@/features/admin/components/reset-totp-form";
import { UserControls } from "@/features/admin/components/user-controls";
import { ZUserId } from "@/domain/user-schemas";
import { NotFoundError } from "@/server/errors";
import { getUserForAdmin } from "@/server/users/queries";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("usersTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("user:manage");
  const id = ZUserId.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await getUserForAdmin(actor, id.data).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const [t, tRoles, tAccount, format] = await Promise.all([getTranslations("admin"), getTranslations("roles"), getTranslations("account"), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("never"));
  return (
    <>
      <PageHeader title={t("detailTitle", { name: user.displayName })} actions={<Link href="/admin/users" className="text-brand-700 underline">{t("back")}</Link>} />
      <Card className="mb-6">
        <dl className="grid gap-3 sm:grid-cols-3">
          <div><dt className="text-sm text-gray-600">{t("username")}</dt><dd className="font-medium">{user.username}</dd></div>
          <div><dt className="text-sm text-gray-600">{t("role")}</dt><dd>{tRoles(user.role)}</dd></div>
          <div><dt className="text-sm text-gray-600">{t("columns.status")}</dt><dd><Badge tone={user.active ? "success" : "neutral"}>{user.active ? t("active") : t("inactive")}</Badge></dd></div>
          <div><dt className="text-sm text-gray-600">{t("columns.scope")}</dt><dd>{user.unit?.name ?? user.committee?.name ?? user.deputy?.name ?? "—"}</dd></div>
          <div><dt className="text-sm text-gray-600">{t("columns.lastLogin")}</dt><dd>{when(user.lastLoginAt)}</dd></div>
          <div><dt className="text-sm text-gray-600">{tAccount("passwordChangedAt")}</dt><dd>{when(user.passwordChangedAt)}</dd></div>
        </dl>
      </Card>
      {user.id === actor.id ? null : <UserControls userId={user.id} role={user.role} active={user.active} />}
      {user.id === actor.id ? null : <ResetTotpForm userId={user.id} enrolled={user.totpEnabledAt !== null} />}
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader } from "@/components/ui";
import { ChangePasswordForm } from "@/features/account/components/change-password-form";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requirePermission("account:changeOwnPassword");
  const [t, tRoles] = await Promise.all([getTranslations("account"), getTranslations("roles")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {user.passwordExpired ? (
        <Alert tone="warning" className="mb-6">
          {t("expired")}
        </Alert>
      ) : null}
      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-semibold">{t("profile")}</h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div><dt className="text-sm text-gray-600">{t("username")}</dt><dd className="font-medium">{user.username}</dd></div>
          <div><dt className="text-sm text-gray-600">{t("displayName")}</dt><dd>{user.displayName}</dd></div>
          <div><dt className="text-sm text-gray-600">{t("role")}</dt><dd>{tRoles(user.role)}</dd></div>
        </dl>
      </Card>
      <ChangePasswordForm />
    </>
  );
}

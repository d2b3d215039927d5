import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui";
import { safeCallbackUrl } from "@/features/login/callback-url";
import { LoginForm } from "@/features/login/components/login-form";
import { loginErrorFromQuery } from "@/features/login/error-codes";
import { getSessionUser } from "@/server/session";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("pageTitle") };
}

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Already signed in → straight on. The form works even when the database is down (it says so). */
export default async function LoginPage({ searchParams }: { searchParams: TSearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const user = await getSessionUser().catch(() => null);
  if (user) redirect(callbackUrl ?? "/home");
  const t = await getTranslations("login");
  const tErrors = await getTranslations("errors");
  const expired = params.reason === "expired";
  return (
    <div className="w-full max-w-md">
      <div className="rounded-lg border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-semibold text-gray-900">{t("heading")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("intro")}</p>
        {expired ? (
          <div className="mt-4">
            <Alert tone="warning">{tErrors("sessionExpired")}</Alert>
          </div>
        ) : null}
        <div className="mt-6">
          <LoginForm callbackUrl={callbackUrl} initialError={loginErrorFromQuery(params.error)} />
        </div>
        <p className="mt-6 text-sm text-gray-700">{t("forgot")}</p>
      </div>
      <p className="mt-4 border-l-4 border-gray-300 pl-3 text-sm text-gray-700">{t("notice")}</p>
    </div>
  );
}

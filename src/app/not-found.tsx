import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("errors");
  return { title: t("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("errors");
  const tc = await getTranslations("common");
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-4 py-16">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-gray-900">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-gray-700">{t("notFoundBody")}</p>
      <Link href="/" className={`${buttonClasses("primary")} mt-6`}>
        {tc("backHome")}
      </Link>
    </main>
  );
}

import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui";

/** Rendered (with status 403) when a page calls forbidden(): signed in, but not allowed. */
export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <section aria-labelledby="forbidden-title" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 id="forbidden-title" className="text-2xl font-semibold text-gray-900">{t("errors.forbiddenTitle")}</h1>
      <p className="mt-3 text-gray-700">{t("errors.forbiddenBody")}</p>
      <Link href="/home" className={`${buttonClasses("secondary")} mt-6`}>
        {t("common.backHome")}
      </Link>
    </section>
  );
}

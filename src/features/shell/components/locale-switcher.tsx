import { useLocale, useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import { LOCALES } from "@/i18n/config";
import { setLocale } from "../actions";

/** Two submit buttons in a form posting to a server action: works without JavaScript. */
export function LocaleSwitcher({ className }: { className?: string }) {
  const t = useTranslations("common");
  const current = useLocale();
  return (
    <form action={setLocale} className={className}>
      <div role="group" aria-label={t("language")} className="inline-flex overflow-hidden rounded-md border border-gray-400">
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            className={cx(
              "min-h-9 px-2.5 text-sm",
              locale === current ? "bg-gray-800 text-white" : "bg-white text-gray-900 hover:bg-gray-100",
            )}
          >
            {t(`localeNames.${locale}`)}
          </button>
        ))}
      </div>
    </form>
  );
}

import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("common");
  return (
    <footer className="mt-auto border-t border-gray-200 bg-white">
      <p className="mx-auto max-w-7xl px-4 py-4 text-xs text-gray-700">{t("footer")}</p>
    </footer>
  );
}

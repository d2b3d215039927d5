import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/features/shell/components/locale-switcher";
import { SiteFooter } from "@/features/shell/components/site-footer";

/** Signed-out pages: the product name, the language switch, one centred column. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <>
      <header className="border-b border-gray-200 bg-white">
        <div className="h-1 bg-brand-700" aria-hidden="true" />
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <p className="flex items-baseline gap-2">
            <span className="text-xl font-bold tracking-wide text-brand-700">{t("appName")}</span>
            <span className="text-sm text-gray-700">{t("appTagline")}</span>
          </p>
          <LocaleSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex flex-1 items-start justify-center px-4 py-10 sm:py-16">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

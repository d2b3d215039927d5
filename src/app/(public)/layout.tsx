import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/features/shell/components/locale-switcher";
import { SiteFooter } from "@/features/shell/components/site-footer";

/** Pages for residents without an account: the product name, the public links, the language switch. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  const p = await getTranslations("public");
  return (
    <>
      <header className="border-b border-gray-200 bg-white">
        <div className="h-1 bg-brand-700" aria-hidden="true" />
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <p className="flex items-baseline gap-2">
            <span className="text-xl font-bold tracking-wide text-brand-700">{t("appName")}</span>
            <span className="text-sm text-gray-700">{p("tagline")}</span>
          </p>
          <div className="flex items-center gap-4">
            <nav aria-label={p("navLabel")} className="flex gap-4 text-sm">
              <Link href="/submit" className="text-brand-700 underline">
                {p("navSubmit")}
              </Link>
              <Link href="/track" className="text-brand-700 underline">
                {p("navTrack")}
              </Link>
            </nav>
            <LocaleSwitcher />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 sm:py-12">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

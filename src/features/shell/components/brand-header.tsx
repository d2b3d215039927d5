import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "./locale-switcher";

/** The header of pages without the portal shell: product name, a tagline, extra links, language. */
export async function BrandHeader({ tagline, width = "max-w-7xl", children }: { tagline: string; width?: string; children?: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="h-1 bg-brand-700" aria-hidden="true" />
      <div className={`mx-auto flex ${width} flex-wrap items-center justify-between gap-4 px-4 py-3`}>
        <p className="flex items-baseline gap-2">
          <span className="text-xl font-bold tracking-wide text-brand-700">{t("appName")}</span>
          <span className="text-sm text-gray-700">{tagline}</span>
        </p>
        <div className="flex items-center gap-4">
          {children}
          <LocaleSwitcher />
        </div>
      </div>
    </header>
  );
}

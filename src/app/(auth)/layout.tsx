import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { BrandHeader } from "@/features/shell/components/brand-header";
import { SiteFooter } from "@/features/shell/components/site-footer";

/** Signed-out pages: the product name, the language switch, one centred column. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <>
      <BrandHeader tagline={t("appTagline")} />
      <main id="main" tabIndex={-1} className="flex flex-1 items-start justify-center px-4 py-10 sm:py-16">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

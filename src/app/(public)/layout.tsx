import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { BrandHeader } from "@/features/shell/components/brand-header";
import { SiteFooter } from "@/features/shell/components/site-footer";

/** Pages for residents without an account: the product name, the public links, the language switch. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const p = await getTranslations("public");
  return (
    <>
      <BrandHeader tagline={p("tagline")} width="max-w-5xl">
        <nav aria-label={p("navLabel")} className="flex gap-4 text-sm">
          <Link href="/submit" className="text-brand-700 underline">
            {p("navSubmit")}
          </Link>
          <Link href="/track" className="text-brand-700 underline">
            {p("navTrack")}
          </Link>
        </nav>
      </BrandHeader>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 sm:py-12">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

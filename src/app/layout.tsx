import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientIntl } from "@/features/shell/components/client-intl";
import { SkipLink } from "@/features/shell/components/skip-link";
import { resolveLocale } from "@/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("appTagline"),
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#b71c1c",
};

/** The document: language from the NEXT_LOCALE cookie (zh-CN by default); client components' messages come with the bundle. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = resolveLocale(await getLocale());
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <ClientIntl locale={locale}>
          <SkipLink />
          {children}
        </ClientIntl>
      </body>
    </html>
  );
}

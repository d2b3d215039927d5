"use client";

import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { TIME_ZONE, type TLocale } from "@/i18n/config";
import { messagesFor } from "@/i18n/messages";

/**
 * The catalogs for client components come with the JavaScript bundle (hashed, cached by the
 * browser), not with every page: a provider rendered from a server component would serialise all
 * messages (~50 KB) into each response, which cost a third of the framework floor's throughput in
 * the benchmark (issue 6: 26 → 42 req/s without it). Only the locale travels with the page.
 */
export function ClientIntl({ locale, children }: { locale: TLocale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone={TIME_ZONE}>
      {children}
    </NextIntlClientProvider>
  );
}

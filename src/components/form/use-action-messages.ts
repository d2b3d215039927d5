"use client";

import { useTranslations } from "next-intl";
import type { TActionState } from "@/lib/action-state";

/**
 * Translates the message keys an action returns. A key that is not in the catalog (which a test
 * of the catalogs should prevent) falls back to the generic "invalid input" message, never to
 * raw text.
 */
export function useActionMessages(state: TActionState) {
  const t = useTranslations();
  type TKey = Parameters<typeof t>[0];
  const tr = (key: string): string => (t.has(key as TKey) ? t(key as TKey) : t("errors.badInput"));
  return {
    message: state.message ? tr(state.message) : null,
    fieldError: (name: string): string[] | undefined => state.fieldErrors?.[name]?.map(tr),
    formErrors: state.fieldErrors?._form?.map(tr) ?? [],
  };
}

import * as en from "../../messages/en";
import * as zhCN from "../../messages/zh-CN";
import type { TLocale } from "./config";

/**
 * The merged catalogs. Each locale's messages/<locale>/index.ts re-exports one JSON file per
 * namespace (see the comment there for how to add one); here they become plain objects.
 * zh-CN is the reference shape: an en catalog missing a namespace or key fails to type-check.
 */
export type TMessages = typeof zhCN;

const CATALOGS: Readonly<Record<TLocale, TMessages>> = {
  "zh-CN": { ...zhCN },
  en: { ...en },
};

export function messagesFor(locale: TLocale): TMessages {
  return CATALOGS[locale];
}

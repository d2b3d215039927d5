import type { TLocale } from "./config";
import type { TMessages } from "./messages";

// Typed keys for useTranslations/getTranslations: a misspelt or missing key fails `tsc`.
// Module augmentation needs `interface` (the one exception to "type over interface").
declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: TMessages;
  }
}

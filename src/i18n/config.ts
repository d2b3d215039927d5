/**
 * Locales without locale routing: the locale lives in the NEXT_LOCALE cookie. Pure module (no Next
 * imports) so that the request config, the switcher action and tests share one definition.
 */
export const LOCALES = ["zh-CN", "en"] as const;
export type TLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: TLocale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Every date and time is shown in China Standard Time, on the server and in the browser. */
export const TIME_ZONE = "Asia/Shanghai";
/** One year; the choice is a preference, not a secret. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Any cookie value, header or garbage → a supported locale. Unknown or malformed → zh-CN, never an error. */
export function resolveLocale(value: unknown): TLocale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

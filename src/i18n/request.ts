import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale, TIME_ZONE } from "./config";
import { messagesFor } from "./messages";

/**
 * next-intl without locale routing: the locale comes from the NEXT_LOCALE cookie, zh-CN by default.
 * An unknown or malformed cookie value silently means zh-CN (issue 2 #9: never an error).
 */
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
  };
});

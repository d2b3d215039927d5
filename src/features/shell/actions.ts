"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/i18n/config";
import { env } from "@/server/env";
import { ZSetLocale, formFields } from "./schemas";

/**
 * Sets the NEXT_LOCALE cookie. Public (the login page has the switcher too) and harmless: the only
 * effect is a preference cookie. Invalid input changes nothing; there is no error to show.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = ZSetLocale.safeParse(formFields(formData));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
    secure: env().NODE_ENV === "production",
  });
  revalidatePath("/", "layout");
}

import { formEntries } from "@/lib/form-entries";
import { z } from "zod";
import { LOCALES } from "@/i18n/config";

/** The locale switcher sends exactly one field; anything else is refused, not ignored. */
export const ZSetLocale = z.object({ locale: z.enum(LOCALES) }).strict();
export type TSetLocale = z.infer<typeof ZSetLocale>;

/** FormData → plain object, leaving out the fields React/Next add for progressive enhancement. */
export function formFields(input: unknown): Record<string, FormDataEntryValue> {
  return Object.fromEntries(formEntries(input));
}

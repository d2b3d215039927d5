import "server-only";
import { getTranslations } from "next-intl/server";
import { isDatabaseUnavailable } from "@/server/errors";

/** JSON answers of the public API: never cached, messages translated for the caller's locale. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export async function translate(key: string, values?: Record<string, string | number>): Promise<string> {
  const t = await getTranslations();
  type TKey = Parameters<typeof t>[0];
  return t.has(key as TKey) ? t(key as TKey, values) : t("errors.badInput");
}

export async function translateAll(fieldErrors: Record<string, string[]>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(fieldErrors)) out[field] = await Promise.all(keys.map((k) => translate(k)));
  return out;
}

export async function limited(retryAfterSeconds: number, messageKey: string): Promise<Response> {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return json({ error: "rateLimited", retryAfterSeconds, message: await translate(messageKey, { minutes }) }, 429, {
    "Retry-After": String(retryAfterSeconds),
  });
}

/** A database outage is a 503 that says so; anything else is rethrown. */
export async function unavailable(error: unknown): Promise<Response> {
  if (!isDatabaseUnavailable(error)) throw error;
  return json({ error: "unavailable", message: await translate("actions.unavailable") }, 503, { "Retry-After": "30" });
}

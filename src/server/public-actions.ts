import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { TActionState } from "@/lib/action-state";
import { isDatabaseUnavailable } from "./errors";
import { requestContext, type TRequestContext } from "./request-context";
import { fieldErrorsOf } from "./public/input";

/**
 * Server actions a stranger may call (the one-click public form): no session, but the same origin
 * check as runAction (security.md #15) and a strict zod parse (#8: unknown fields are refused).
 * Nothing thrown leaks out: a database outage becomes "actions.unavailable".
 */
function sameOrigin(h: Headers): boolean {
  const origin = h.get("origin");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function formToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    out[key] = value;
  }
  return out;
}

export async function runPublicAction<TSchema extends z.ZodType, TState extends TActionState>(
  input: FormData | Record<string, unknown>,
  schema: TSchema,
  command: (data: z.output<TSchema>, ctx: TRequestContext) => Promise<TState>,
): Promise<TState | TActionState> {
  try {
    const h = await headers();
    if (!sameOrigin(h)) return { ok: false, message: "actions.badOrigin" };
    const parsed = schema.safeParse(formToObject(input));
    if (!parsed.success) return { ok: false, message: "actions.invalid", fieldErrors: fieldErrorsOf(parsed.error) };
    return await command(parsed.data, requestContext(h));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, message: "actions.unavailable" };
    throw error;
  }
}

import "server-only";
import { formToObject, sameOrigin } from "./action-input";
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

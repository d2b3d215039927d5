import "server-only";
import { formToObject, sameOrigin } from "./action-input";
import { headers } from "next/headers";
import type { z } from "zod";
import type { TPermission } from "@/domain/permissions";
import { ForbiddenError, NotFoundError, PasswordExpiredError, UnauthenticatedError, isDatabaseUnavailable } from "./errors";
import { requestContext, type TRequestContext } from "./request-context";
import { requireActor, type TSessionUser } from "./session";

import type { TActionState } from "@/lib/action-state";

export type { TActionState } from "@/lib/action-state";

/** A domain refusal with a message key the user can act on (e.g. "admin.errors.usernameTaken"). */
export class ActionRefusal extends Error {
  constructor(
    public readonly messageKey: string,
    public readonly field?: string,
  ) {
    super(messageKey);
    this.name = "ActionRefusal";
  }
}

/**
 * Every server action goes through here: origin, session, permission, a strict zod parse (unknown
 * fields such as `role` are refused), then one command in src/server. Nothing thrown leaks out:
 * each failure becomes a message key.
 */
export async function runAction<TSchema extends z.ZodType>(
  input: FormData | Record<string, unknown>,
  options: { permission?: TPermission; schema: TSchema },
  command: (actor: TSessionUser, data: z.output<TSchema>, ctx: TRequestContext) => Promise<TActionState | void>,
): Promise<TActionState> {
  try {
    const h = await headers();
    if (!sameOrigin(h)) return { ok: false, message: "actions.badOrigin" };
    const actor = await requireActor(options.permission);
    const parsed = options.schema.safeParse(formToObject(input));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.code === "unrecognized_keys" ? "_form" : String(issue.path[0] ?? "_form");
        const key = issue.code === "unrecognized_keys" ? "actions.unknownField" : issue.message;
        (fieldErrors[field] ??= []).push(key);
      }
      return { ok: false, message: "actions.invalid", fieldErrors };
    }
    return (await command(actor, parsed.data, requestContext(h))) ?? { ok: true, message: "actions.saved" };
  } catch (error) {
    if (error instanceof ActionRefusal) {
      return error.field
        ? { ok: false, message: "actions.invalid", fieldErrors: { [error.field]: [error.messageKey] } }
        : { ok: false, message: error.messageKey };
    }
    if (error instanceof UnauthenticatedError) return { ok: false, message: "actions.signInAgain" };
    if (error instanceof PasswordExpiredError) return { ok: false, message: "actions.passwordExpired" };
    if (error instanceof ForbiddenError) return { ok: false, message: "actions.forbidden" };
    if (error instanceof NotFoundError) return { ok: false, message: "actions.notFound" };
    if (isDatabaseUnavailable(error)) return { ok: false, message: "actions.unavailable" };
    throw error;
  }
}

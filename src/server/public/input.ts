import { z } from "zod";
import { normalizePhone, phoneProblems } from "@/domain/pii/phone";

/**
 * What the one-click public form (民意诉求) may send — nothing more (`.strict()`: a `stage`, `source`
 * or `createdById` is refused, not ignored). Messages are catalog keys.
 */
export const PUBLIC_MAX_TITLE = 120;
export const PUBLIC_MAX_BODY = 5000;
export const PUBLIC_MAX_NAME = 60;
const PHONE_MAX_INPUT = 40;

const K = {
  title: "workflow.submit.errors.titleRequired",
  body: "workflow.submit.errors.bodyRequired",
  committee: "workflow.submit.errors.committeeRequired",
  key: "workflow.submit.errors.keyInvalid",
  tooLong: "workflow.errors.tooLong",
  phone: "pii.phone.empty",
} as const;

const text = (key: string, max: number) => z.string({ error: key }).trim().min(1, key).max(max, K.tooLong);

export const ZPublicSubmission = z
  .object({
    committeeId: z.uuid({ error: K.committee }),
    title: text(K.title, PUBLIC_MAX_TITLE),
    body: text(K.body, PUBLIC_MAX_BODY),
    submitterName: z
      .string({ error: K.tooLong })
      .trim()
      .max(PUBLIC_MAX_NAME, K.tooLong)
      .optional()
      .transform((s) => (s ? s : undefined)),
    /** any way people type a mainland number; stored only encrypted, in its normalised form */
    phone: z
      .string({ error: K.phone })
      .max(PHONE_MAX_INPUT, "pii.phone.length")
      .superRefine((value, ctx) => {
        for (const problem of phoneProblems(value)) ctx.addIssue({ code: "custom", message: `pii.phone.${problem}` });
      })
      .transform((value) => normalizePhone(value) ?? ""),
    /** generated once per page load (security.md #17) */
    idempotencyKey: z.string({ error: K.key }).regex(/^[A-Za-z0-9_-]{16,64}$/, K.key),
  })
  .strict();

export type TPublicSubmission = z.output<typeof ZPublicSubmission>;

/** zod issues as `{ field: [message keys] }`; unknown fields go to `_form`. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.code === "unrecognized_keys" ? "_form" : String(issue.path[0] ?? "_form");
    const key = issue.code === "unrecognized_keys" ? "actions.unknownField" : issue.message;
    const list = (out[field] ??= []);
    if (!list.includes(key)) list.push(key);
  }
  return out;
}

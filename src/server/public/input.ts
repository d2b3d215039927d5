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
  station: "intake.station.errors.stationInvalid",
} as const;

const text = (key: string, max: number) => z.string({ error: key }).trim().min(1, key).max(max, K.tooLong);

/**
 * An optional mainland phone, typed any way people type one (blank = none); normalised, so that it
 * can be encrypted and rate-limited in one form. Shared by every submission form.
 */
export const zOptionalPhone = z
  .string({ error: K.phone })
  .max(PHONE_MAX_INPUT, "pii.phone.length")
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value))
  .superRefine((value, ctx) => {
    if (value === undefined) return;
    for (const problem of phoneProblems(value)) ctx.addIssue({ code: "custom", message: `pii.phone.${problem}` });
  })
  .transform((value) => (value === undefined ? undefined : (normalizePhone(value) ?? undefined)));

const optionalName = z
  .string({ error: K.tooLong })
  .trim()
  .max(PUBLIC_MAX_NAME, K.tooLong)
  .optional()
  .transform((s) => (s ? s : undefined));

const idempotencyKey = z.string({ error: K.key }).regex(/^[A-Za-z0-9_-]{16,64}$/, K.key);

export const ZPublicSubmission = z
  .object({
    committeeId: z.uuid({ error: K.committee }),
    title: text(K.title, PUBLIC_MAX_TITLE),
    body: text(K.body, PUBLIC_MAX_BODY),
    submitterName: optionalName,
    /** optional; stored only encrypted, in its normalised form */
    phone: zOptionalPhone,
    /** generated once per page load (security.md #17) */
    idempotencyKey,
  })
  .strict();

/** A station's own one-click form (/s/<stationId>): what the resident has to say, nothing else required. */
export const ZStationSubmission = z
  .object({
    stationId: z.uuid({ error: K.station }),
    body: text(K.body, PUBLIC_MAX_BODY),
    submitterName: optionalName,
    phone: zOptionalPhone,
    idempotencyKey,
  })
  .strict();
export type TStationSubmission = z.output<typeof ZStationSubmission>;

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

import { formEntries } from "@/lib/form-entries";
import { z } from "zod";
import { ATTACHMENT_ERRORS, ATTACHMENT_LIMITS } from "@/domain/attachments";

export const MAX_TITLE = 120;
export const MAX_BODY = 5000;
export const MAX_NAME = 60;

const K = {
  title: "workflow.submit.errors.titleRequired",
  body: "workflow.submit.errors.bodyRequired",
  source: "workflow.submit.errors.sourceInvalid",
  sponsor: "workflow.submit.errors.sponsorInvalid",
  key: "workflow.submit.errors.keyInvalid",
  station: "intake.station.errors.stationInvalid",
  tooLong: "workflow.errors.tooLong",
} as const;

const text = (key: string, max: number) => z.string({ error: key }).trim().min(1, key).max(max, K.tooLong);
const id = (key: string) => z.string({ error: key }).max(64, key).optional();

/**
 * The portal's submission form (deputy, staff on someone's behalf, station manager). The server
 * (submitItem) decides what each role may send; this catches what can be told at once, so every
 * field's message shows together.
 */
export const ZSubmitItemForm = z
  .object({
    source: z.string({ error: K.source }).min(1, K.source).max(32, K.source),
    title: text(K.title, MAX_TITLE),
    body: text(K.body, MAX_BODY),
    submitterName: z.string({ error: K.tooLong }).trim().max(MAX_NAME, K.tooLong).optional(),
    phone: z.string({ error: "pii.phone.empty" }).max(40, "pii.phone.length").optional(),
    leadSponsorUserId: id(K.sponsor),
    coSponsorUserIds: z.array(z.string({ error: K.sponsor }).max(64, K.sponsor), { error: K.sponsor }).max(30, K.sponsor).optional(),
    stationId: id(K.station),
    attachments: z
      .array(z.instanceof(File, { error: ATTACHMENT_ERRORS.kind }), { error: ATTACHMENT_ERRORS.kind })
      .max(ATTACHMENT_LIMITS.maxPerUpload, ATTACHMENT_ERRORS.tooMany)
      .optional(),
    idempotencyKey: z.string({ error: K.key }).regex(/^[A-Za-z0-9_-]{16,64}$/, K.key),
  })
  .strict();
export type TSubmitItemForm = z.output<typeof ZSubmitItemForm>;

/** The staff form's "on behalf of whom" switch: it only shows and hides fields. */
const UI_ONLY = "ui-mode";
const LISTS = new Set(["coSponsorUserIds", "attachments"]);

/**
 * A multipart form as an object: the list fields as lists (an empty file input sends one empty
 * file, which is no file), blank optional fields left out, Next's own `$ACTION…` fields dropped.
 */
export function submissionRecord(input: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formEntries(input)) {
    if (key === UI_ONLY) continue;
    if (LISTS.has(key)) {
      if (typeof value === "string" ? value === "" : value.size === 0 && value.name === "") continue;
      ((out[key] ??= []) as unknown[]).push(value);
    } else if (!(typeof value === "string" && value.trim() === "" && key !== "title" && key !== "body")) out[key] = value;
  }
  return out;
}

/** The files of a form as the commands take them. */
export async function uploadsOf(files: readonly File[] | undefined): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all((files ?? []).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

import "server-only";
import { z } from "zod";
import { MAX_REFLECTION_LENGTH } from "@/domain/duty/char-count";
import { MANUAL_TYPES, TRAINING_AUDIENCES, DUTY_RECORD_TYPES, LEARNING_KINDS, type TDutyRecordType } from "@/domain/duty/record-types";

/**
 * Inputs of the duty commands. Strict (unknown fields such as `status`, `deputyId` or `points`
 * are refused, security.md #8); every message is a catalog key shown next to its field. The server
 * actions parse forms with these same schemas, and the commands parse again (they are the boundary).
 */
const K = {
  type: "duty.errors.typeRequired",
  date: "duty.errors.dateInvalid",
  place: "duty.errors.placeRequired",
  description: "duty.errors.descriptionRequired",
  tooLong: "duty.errors.tooLong",
  reason: "duty.errors.reasonRequired",
  id: "duty.errors.idInvalid",
  title: "duty.errors.titleRequired",
  body: "duty.errors.bodyRequired",
  reflectionTooLong: "duty.errors.reflectionTooLong",
  deputies: "duty.errors.deputiesRequired",
  url: "duty.errors.urlInvalid",
  file: "duty.errors.fileRequired",
} as const;

export const LIMITS = { place: 120, description: 5000, participants: 500, reason: 500, title: 120, body: 20_000 } as const;

const text = (key: string, max: number) => z.string({ error: key }).trim().min(1, key).max(max, K.tooLong);
const optionalText = (max: number) =>
  z
    .string({ error: K.tooLong })
    .trim()
    .max(max, K.tooLong)
    .optional()
    .transform((v) => (v ? v : undefined));
const day = z.string({ error: K.date }).regex(/^\d{4}-\d{2}-\d{2}$/, K.date);
const optionalDay = z
  .string({ error: K.date })
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(day.optional());
export const ZId = z.string({ error: K.id }).uuid(K.id);

/** An empty file input arrives as a File of size 0 without a name: that is "no file". */
const optionalFile = z
  .instanceof(File, { message: K.file })
  .optional()
  .transform((f) => (f && (f.size > 0 || f.name !== "") ? f : undefined));

export const ZRecordInput = z
  .object({
    type: z.enum(MANUAL_TYPES as unknown as [TDutyRecordType, ...TDutyRecordType[]], { error: K.type }),
    date: day,
    endDate: optionalDay,
    place: text(K.place, LIMITS.place),
    description: text(K.description, LIMITS.description),
    participants: optionalText(LIMITS.participants),
    photo: optionalFile,
    intent: z.enum(["draft", "submit"], { error: K.type }).default("draft"),
  })
  .strict();
export type TRecordInput = z.output<typeof ZRecordInput>;

export const ZRecordEdit = ZRecordInput.extend({ recordId: ZId }).strict();

export const ZRecordRef = z.object({ recordId: ZId }).strict();
export const ZAddPhoto = z.object({ recordId: ZId, photo: z.instanceof(File, { message: K.file }) }).strict();
export const ZReturnRecord = z.object({ recordId: ZId, reason: text(K.reason, LIMITS.reason) }).strict();

export const ZAttendanceInput = z
  .object({
    type: z.enum(DUTY_RECORD_TYPES, { error: K.type }),
    date: day,
    endDate: optionalDay,
    place: text(K.place, LIMITS.place),
    description: text(K.description, LIMITS.description),
    deputyIds: z.array(ZId, { error: K.deputies }).min(1, K.deputies).max(500, K.deputies),
  })
  .strict();

export const ZReflectionInput = z
  .object({
    title: text(K.title, LIMITS.title),
    body: z.string({ error: K.body }).trim().min(1, K.body).max(MAX_REFLECTION_LENGTH, K.reflectionTooLong),
    studiedOn: day,
  })
  .strict();

export const ZCourseInput = z
  .object({
    title: text(K.title, LIMITS.title),
    audience: z.enum(TRAINING_AUDIENCES, { error: K.type }),
    startsOn: day,
    endsOn: day,
    place: text(K.place, LIMITS.place),
    description: optionalText(LIMITS.description),
  })
  .strict();

export const ZCourseDeputies = z.object({ courseId: ZId, deputyIds: z.array(ZId, { error: K.deputies }).min(1, K.deputies).max(500, K.deputies) }).strict();
export const ZCourseMaterial = z.object({ courseId: ZId, file: z.instanceof(File, { message: K.file }) }).strict();

export const ZLearningInput = z
  .object({
    kind: z.enum(LEARNING_KINDS, { error: K.type }),
    title: text(K.title, LIMITS.title),
    body: optionalText(LIMITS.body),
    url: z
      .string({ error: K.url })
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.url({ protocol: /^https?$/, error: K.url }).max(500, K.tooLong).optional()),
    file: optionalFile,
  })
  .strict();

export const ZStoryInput = z
  .object({ deputyId: ZId, title: text(K.title, LIMITS.title), body: text(K.body, LIMITS.body), publish: z.literal("on").optional() })
  .strict();

export const ZRulesInput = z
  .object({
    year: z.coerce.number({ error: K.date }).int(K.date).min(2000, K.date).max(2100, K.date),
    rules: z.partialRecord(z.enum(DUTY_RECORD_TYPES), z.object({ points: z.coerce.number(), yearlyCap: z.coerce.number() }).strict()),
  })
  .strict();

import { z } from "zod";
import { idCardProblems, normalizeIdCard } from "../pii/id-card";
import { parsePhone } from "../pii/phone";
import { DEPUTY_LEVELS } from "../vocabulary";
import { cleanText, expertiseProblem, GENDERS, LIMITS, splitExpertise } from "./fields";

/**
 * The register's forms as strict zod schemas (unknown fields such as `status` or `userId` are refused,
 * security.md #8). Messages are catalog keys. ID number, phone and address: blank on an edit form
 * means "keep what is stored" (the form never holds the clear value); `clear` removes one.
 */
const E = (key: string) => `register.errors.${key}`;
const P = (key: string) => `register.problems.${key}`;

const text = (max: number, required = false) =>
  z
    .string({ error: E("invalid") })
    .transform(cleanText)
    .pipe(required ? z.string().min(1, P("required")).max(max, E("tooLong")) : z.string().max(max, E("tooLong")));

const optionalId = z
  .string({ error: E("invalid") })
  .trim()
  .transform((s) => (s === "" ? null : s))
  .pipe(z.guid({ error: E("invalid") }).nullable());

const idList = z.array(z.guid({ error: E("invalid") }), { error: E("invalid") }).max(50, E("invalid")).default([]);

/** Today is a parameter of the ID check (birth date not in the future): the schema reads the clock once. */
const idCard = z
  .string({ error: E("invalid") })
  .max(40, E("tooLong"))
  .transform((s, ctx) => {
    const v = normalizeIdCard(s);
    if (v === "") return null;
    const problems = idCardProblems(v, new Date());
    for (const p of problems) ctx.addIssue({ code: "custom", message: `pii.idCard.${p}` });
    return v;
  });

const phone = z
  .string({ error: E("invalid") })
  .max(40, E("tooLong"))
  .transform((s, ctx) => {
    if (cleanText(s) === "") return null;
    const parsed = parsePhone(s);
    if (parsed.ok) return parsed.phone.normalized;
    for (const p of parsed.problems) ctx.addIssue({ code: "custom", message: `pii.phone.${p}` });
    return null;
  });

const expertise = z
  .string({ error: E("invalid") })
  .max(400, E("tooLong"))
  .transform((s, ctx) => {
    const items = splitExpertise(s);
    const problem = expertiseProblem(items);
    if (problem) ctx.addIssue({ code: "custom", message: E(problem) });
    return items;
  });

const clear = z.array(z.enum(["phone", "address"], { error: E("invalid") })).max(2).default([]);

export const ZDeputyForm = z
  .object({
    /** present on the edit form only */
    deputyId: z.guid({ error: "actions.notFound" }).optional(),
    name: text(LIMITS.name, true),
    gender: z.enum(GENDERS, { error: E("gender") }),
    level: z.enum(DEPUTY_LEVELS, { error: E("level") }),
    committeeId: z.guid({ error: E("committee") }),
    termNumber: z.coerce.number({ error: E("term") }).int(E("term")).min(1, E("term")).max(LIMITS.term, E("term")),
    delegationId: optionalId,
    regionId: z.guid({ error: E("region") }),
    workUnit: text(LIMITS.workUnit),
    title: text(LIMITS.title),
    expertise,
    bio: text(LIMITS.bio),
    idCard,
    phone,
    address: text(LIMITS.address),
    clear,
    groupIds: idList,
    stationIds: idList,
  })
  .strict();
export type TDeputyForm = z.output<typeof ZDeputyForm>;

/** What a deputy edits on their own profile (SELF_EDITABLE_FIELDS): no id — it is always their own. */
export const ZOwnProfileForm = z
  .object({
    phone,
    address: text(LIMITS.address),
    clear,
    expertise,
    bio: text(LIMITS.bio),
  })
  .strict();
export type TOwnProfileForm = z.output<typeof ZOwnProfileForm>;

export const ZDeputyRef = z.object({ deputyId: z.guid({ error: "actions.notFound" }) }).strict();
export const ZRevealForm = z
  .object({ deputyId: z.guid({ error: "actions.notFound" }), field: z.enum(["idCard", "phone", "address"], { error: E("invalid") }) })
  .strict();

import { z } from "zod";
import { WORKFLOW_ERRORS as E } from "./errors";
import type { TWorkflowConfig } from "./facts";
import { SATISFACTIONS } from "./stages";

/** Everything anyone can do to an item, in the loop's order. */
export const ACTIONS = [
  "accept",
  "decline",
  "merge",
  "assign",
  "requestReturn",
  "approveReturn",
  "rejectReturn",
  "signFor",
  "progressNote",
  "coUnitOpinion",
  "requestExtension",
  "approveExtension",
  "rejectExtension",
  "draftReply",
  "approveReply",
  "sendBack",
  "remind",
  "keySupervise",
  "deliverReply",
  "acknowledge",
  "evaluate",
  "rehandle",
  "close",
  "followUpNote",
  "resolveFollowUp",
] as const;
export type TAction = (typeof ACTIONS)[number];

export function isAction(value: unknown): value is TAction {
  return typeof value === "string" && (ACTIONS as readonly string[]).includes(value);
}

export const MAX_TEXT = 2000;
export const MAX_REPLY_TEXT = 20000;
export const MAX_CO_UNITS = 10;

const required = (key: string, max = MAX_TEXT) =>
  z.string({ error: key }).trim().min(1, key).max(max, E.tooLong);
/** Optional free text: absent, blank and whitespace all mean "no note". */
const ZNote = z
  .string({ error: E.tooLong })
  .trim()
  .max(MAX_TEXT, E.tooLong)
  .optional()
  .transform((s) => (s ? s : undefined));
const ZReason = required(E.reasonRequired);
const ZNoteOnly = z.object({ note: ZNote }).strict();
const ZReasonOnly = z.object({ reason: ZReason }).strict();
const ZRequiredNote = z.object({ note: required(E.noteRequired) }).strict();
const days = (max: number) =>
  z.number({ error: E.extensionDays }).int(E.extensionDays).min(1, E.extensionDays).max(max, E.extensionDays);

export const ZMerge = z.object({ targetItemId: z.uuid({ error: E.mergeTargetRequired }), note: ZNote }).strict();

export const ZAssign = z
  .object({
    leadUnitId: z.uuid({ error: E.leadUnitRequired }),
    coUnitIds: z.array(z.uuid({ error: E.coUnitInvalid }), { error: E.coUnitInvalid }).max(MAX_CO_UNITS, E.coUnitInvalid).default([]),
    /** a complex item gets the longer reply deadline (6 months by default); staff's assignment is the approval */
    complex: z.boolean({ error: E.flagInvalid }).default(false),
    note: ZNote,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.coUnitIds.includes(v.leadUnitId) || new Set(v.coUnitIds).size !== v.coUnitIds.length)
      ctx.addIssue({ code: "custom", path: ["coUnitIds"], message: E.coUnitInvalid });
  });

export const ZRequestExtension = (c: TWorkflowConfig) =>
  z.object({ reason: ZReason, days: days(c.maxExtensionDays) }).strict();
/** Staff may grant fewer days than asked (never more: checked against the request in the table). */
export const ZApproveExtension = (c: TWorkflowConfig) =>
  z.object({ days: days(c.maxExtensionDays).optional(), note: ZNote }).strict();

export const ZDraftReply = (c: TWorkflowConfig) =>
  z
    .object({
      resultClass: z.string({ error: E.resultClassInvalid }).refine((s) => c.resultClasses.includes(s), E.resultClassInvalid),
      text: required(E.replyTextRequired, MAX_REPLY_TEXT),
    })
    .strict();

export const ZEvaluate = z
  .object({
    satisfaction: z.enum(SATISFACTIONS, { error: E.satisfactionRequired }),
    /** why; required for 不满意 */
    reason: ZNote,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.satisfaction === "DISSATISFIED" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: E.reasonRequired });
  });

/** The input each action requires, as zod schemas (built from the configuration where it matters). */
export const ACTION_INPUTS = {
  accept: () => ZNoteOnly,
  decline: () => ZReasonOnly,
  merge: () => ZMerge,
  assign: () => ZAssign,
  requestReturn: () => ZReasonOnly,
  approveReturn: () => ZNoteOnly,
  rejectReturn: () => ZReasonOnly,
  signFor: () => ZNoteOnly,
  progressNote: () => ZRequiredNote,
  coUnitOpinion: () => z.object({ opinion: required(E.opinionRequired) }).strict(),
  requestExtension: ZRequestExtension,
  approveExtension: ZApproveExtension,
  rejectExtension: () => ZReasonOnly,
  draftReply: ZDraftReply,
  approveReply: () => ZNoteOnly,
  sendBack: () => ZReasonOnly,
  remind: () => ZNoteOnly,
  keySupervise: () => ZNoteOnly,
  deliverReply: () => ZNoteOnly,
  acknowledge: () => ZNoteOnly,
  evaluate: () => ZEvaluate,
  rehandle: () => ZReasonOnly,
  close: () => ZReasonOnly,
  followUpNote: () => ZRequiredNote,
  resolveFollowUp: () => ZRequiredNote,
} satisfies Record<TAction, (c: TWorkflowConfig) => z.ZodType>;

/** The parsed input of action A. */
export type TActionInput<A extends TAction> = z.output<ReturnType<(typeof ACTION_INPUTS)[A]>>;
/** What a caller passes for action A (before defaults and trimming). */
export type TActionRawInput<A extends TAction> = z.input<ReturnType<(typeof ACTION_INPUTS)[A]>>;

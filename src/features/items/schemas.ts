import { formEntries } from "@/lib/form-entries";
import { z } from "zod";
import { ACTIONS, MAX_CO_UNITS, type TAction } from "@/domain/workflow/actions";
import { WORKFLOW_ERRORS as E } from "@/domain/workflow/errors";
import { ACTION_FIELDS, inputName } from "./action-fields";

// the submission form's schema lives in submit-schemas.ts

const optionalText = z.string({ error: E.invalidInput }).max(20_000, E.tooLong).optional();

/** One action's form: the item, the action, and whichever of its inputs the form carries. */
export const ZTransitionForm = z
  .object({
    itemId: z.string({ error: E.invalidInput }).max(64, E.invalidInput),
    action: z.enum(ACTIONS, { error: E.invalidInput }),
    /** the item's version when the page was rendered: a stale page is answered "changed by someone else" */
    version: z.string({ error: E.invalidInput }).regex(/^\d{1,9}$/, E.invalidInput).optional(),
    note: optionalText,
    reason: optionalText,
    opinion: optionalText,
    text: optionalText,
    resultClass: optionalText,
    satisfaction: optionalText,
    leadUnitId: optionalText,
    coUnitIds: z.array(z.string({ error: E.coUnitInvalid }).max(64, E.coUnitInvalid), { error: E.coUnitInvalid }).max(MAX_CO_UNITS, E.coUnitInvalid).optional(),
    targetItemId: optionalText,
    days: optionalText,
    complex: z.literal("on", { error: E.flagInvalid }).optional(),
  })
  .strict();
export type TTransitionForm = z.output<typeof ZTransitionForm>;

/** A transition form as an object; co-units (a multiple select) are the one list-valued field. */
export function transitionFormRecord(input: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const coUnitIds: FormDataEntryValue[] = [];
  for (const [key, value] of formEntries(input)) {
    if (key === "coUnitIds") coUnitIds.push(value);
    else out[key] = value;
  }
  if (coUnitIds.length > 0) out.coUnitIds = coUnitIds;
  return out;
}

/** The workflow input of the action, typed as its schema wants (numbers, flags), from the form's strings. */
export function transitionInput(action: TAction, form: TTransitionForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of ACTION_FIELDS[action]) {
    const name = inputName(field);
    if (field === "complex") out.complex = form.complex === "on";
    else if (field === "days" || field === "daysOptional") {
      const raw = form.days?.trim() ?? "";
      if (raw !== "" || field === "days") out.days = raw === "" ? Number.NaN : Number(raw);
    } else {
      const value = form[name as keyof TTransitionForm];
      if (value !== undefined) out[name] = value;
    }
  }
  return out;
}

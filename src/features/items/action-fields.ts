import type { TAction } from "@/domain/workflow/actions";

/**
 * The inputs each action's form shows; the names are the keys of the action's input schema
 * (src/domain/workflow/actions.ts), so the workflow's field errors land next to their fields.
 */
export type TActionField =
  | "note"
  | "noteRequired"
  | "reason"
  | "reasonOptional"
  | "opinion"
  | "text"
  | "resultClass"
  | "satisfaction"
  | "leadUnitId"
  | "coUnitIds"
  | "complex"
  | "days"
  | "daysOptional"
  | "targetItemId";

export const ACTION_FIELDS: Readonly<Record<TAction, readonly TActionField[]>> = {
  accept: ["note"],
  decline: ["reason"],
  merge: ["targetItemId", "note"],
  assign: ["leadUnitId", "coUnitIds", "complex", "note"],
  requestReturn: ["reason"],
  approveReturn: ["note"],
  rejectReturn: ["reason"],
  signFor: ["note"],
  progressNote: ["noteRequired"],
  coUnitOpinion: ["opinion"],
  requestExtension: ["days", "reason"],
  approveExtension: ["daysOptional", "note"],
  rejectExtension: ["reason"],
  draftReply: ["resultClass", "text"],
  approveReply: ["note"],
  sendBack: ["reason"],
  remind: ["note"],
  keySupervise: ["note"],
  deliverReply: ["note"],
  acknowledge: ["note"],
  evaluate: ["satisfaction", "reasonOptional"],
  rehandle: ["reason"],
  close: ["reason"],
  followUpNote: ["noteRequired"],
  resolveFollowUp: ["noteRequired"],
};

/** The input key a form field posts as. */
export function inputName(field: TActionField): string {
  switch (field) {
    case "noteRequired":
      return "note";
    case "reasonOptional":
      return "reason";
    case "daysOptional":
      return "days";
    default:
      return field;
  }
}

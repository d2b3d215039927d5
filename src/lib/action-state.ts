/**
 * The form contract shared by server actions and client forms (architecture.md):
 * `(prevState, formData) → state`. Messages are catalog keys ("namespace.key"); the form
 * translates them and ties field errors to their inputs with aria-describedby.
 */
export type TActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
};

export const INITIAL_ACTION_STATE: TActionState = { ok: false };

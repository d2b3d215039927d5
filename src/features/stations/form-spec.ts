import type { TActionState } from "@/lib/action-state";

/**
 * A form described as data: the server page translates labels and passes the options it loaded;
 * SpecForm (a client component) renders it and ties each field's error to its control.
 */
export type TFieldSpec =
  | { kind: "hidden"; name: string; value: string }
  | { kind: "text" | "date" | "time" | "number"; name: string; label: string; hint?: string; required?: boolean; maxLength?: number; defaultValue?: string }
  | { kind: "textarea"; name: string; label: string; hint?: string; required?: boolean; maxLength?: number; defaultValue?: string; rows?: number }
  | { kind: "select"; name: string; label: string; hint?: string; required?: boolean; options: { id: string; label: string }[]; placeholder?: string; defaultValue?: string }
  | { kind: "checkboxes"; name: string; label: string; hint?: string; options: { id: string; label: string }[]; defaultValues?: string[]; empty: string }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean }
  | { kind: "file"; name: string; label: string; hint?: string; accept?: string; required?: boolean };

export type TFormAction = (prev: TActionState, formData: FormData) => Promise<TActionState>;

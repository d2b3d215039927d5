"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, FieldShell, controlClasses, describedBy } from "@/components/ui";
import { INITIAL_ACTION_STATE, type TActionState } from "@/lib/action-state";

/**
 * One form for every livelihood command: the page describes the fields (labels already translated
 * on the server), the action answers with message keys, errors show next to their field.
 */
export type TOption = { value: string; label: string };
export type TFieldSpec = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "date" | "number" | "select" | "checkboxes" | "radios";
  hint?: string;
  options?: readonly TOption[];
  placeholder?: string;
  max?: number;
  min?: number;
  defaultValue?: string;
};

type TProps = {
  action: (prev: TActionState, formData: FormData) => Promise<TActionState>;
  fields: readonly TFieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  /** accessible name of the form (several forms on one page) */
  label: string;
  successMessage?: string;
  variant?: "primary" | "secondary";
};

export function LivelihoodForm({ action, fields, hidden = {}, submitLabel, label, successMessage, variant = "primary" }: TProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const idBase = `f-${label.replace(/\s+/g, "")}`;
  return (
    <form action={formAction} aria-label={label} className="space-y-3" noValidate>
      <FormStatus state={state} successMessage={state.ok ? successMessage : undefined} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const id = `${idBase}-${f.name}`;
        const error = fieldError(f.name);
        const common = { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, f.hint, error) };
        if (f.kind === "checkboxes" || f.kind === "radios") {
          return (
            <fieldset key={f.name} className="space-y-2" aria-describedby={describedBy(id, f.hint, error)}>
              <legend className="text-sm font-medium text-gray-900">{f.label}</legend>
              {f.hint ? (
                <p id={`${id}-hint`} className="text-sm text-gray-600">
                  {f.hint}
                </p>
              ) : null}
              {(f.options ?? []).map((o) => (
                <label key={o.value} className="flex items-center gap-2 text-base">
                  <input type={f.kind === "checkboxes" ? "checkbox" : "radio"} name={f.name} value={o.value} className="size-5" />
                  {o.label}
                </label>
              ))}
              {error ? (
                <p id={`${id}-error`} className="text-sm font-medium text-brand-700">
                  {error.join(" ")}
                </p>
              ) : null}
            </fieldset>
          );
        }
        return (
          <FieldShell key={f.name} id={id} label={f.label} hint={f.hint} error={error}>
            {f.kind === "textarea" ? (
              <textarea id={id} name={f.name} rows={4} maxLength={f.max} defaultValue={f.defaultValue} className={controlClasses(Boolean(error))} {...common} />
            ) : f.kind === "select" ? (
              <select id={id} name={f.name} defaultValue={f.defaultValue ?? ""} className={controlClasses(Boolean(error))} {...common}>
                <option value="">{f.placeholder ?? ""}</option>
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={f.name}
                type={f.kind}
                maxLength={f.kind === "text" ? f.max : undefined}
                max={f.kind === "number" ? f.max : undefined}
                min={f.kind === "number" ? f.min : undefined}
                defaultValue={f.defaultValue}
                autoComplete="off"
                className={controlClasses(Boolean(error))}
                {...common}
              />
            )}
          </FieldShell>
        );
      })}
      <Button type="submit" pending={pending} variant={variant}>
        {submitLabel}
      </Button>
    </form>
  );
}

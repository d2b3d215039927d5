"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Field, FieldShell, controlClasses, describedBy } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import type { TFieldSpec, TFormAction } from "../form-spec";

type TProps = { action: TFormAction; fields: TFieldSpec[]; submitLabel: string; testId?: string };

/** Renders a TFieldSpec list as one form; a refused submit shows each message next to its field. */
export function SpecForm({ action, fields, submitLabel, testId }: TProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const multipart = fields.some((f) => f.kind === "file");
  // React resets a form after its `action` runs; submitting through a transition instead keeps
  // what was typed when the server refuses it (the action still works without JavaScript).
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate data-testid={testId} encType={multipart ? "multipart/form-data" : undefined}>
      <FormStatus state={state} />
      {fields.map((f) => (
        <SpecField key={f.name} field={f} error={f.kind === "hidden" ? undefined : fieldError(f.name)} />
      ))}
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}

function SpecField({ field: f, error }: { field: TFieldSpec; error: string[] | undefined }) {
  const id = `field-${f.name}`;
  const invalid = Boolean(error);
  switch (f.kind) {
    case "hidden":
      return <input type="hidden" name={f.name} value={f.value} />;
    case "text":
    case "date":
    case "time":
    case "number":
      return <Field type={f.kind} name={f.name} label={f.label} hint={f.hint} required={f.required} maxLength={f.maxLength} defaultValue={f.defaultValue} error={error} autoComplete="off" />;
    case "textarea":
      return (
        <FieldShell id={id} label={f.label} hint={f.hint} error={error}>
          <textarea id={id} name={f.name} rows={f.rows ?? 5} required={f.required} maxLength={f.maxLength} defaultValue={f.defaultValue} aria-invalid={invalid || undefined} aria-describedby={describedBy(id, f.hint, invalid)} className={controlClasses(invalid)} />
        </FieldShell>
      );
    case "select":
      return (
        <FieldShell id={id} label={f.label} hint={f.hint} error={error}>
          <select id={id} name={f.name} required={f.required} defaultValue={f.defaultValue ?? ""} aria-invalid={invalid || undefined} aria-describedby={describedBy(id, f.hint, invalid)} className={controlClasses(invalid)}>
            {f.placeholder !== undefined ? <option value="">{f.placeholder}</option> : null}
            {f.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </FieldShell>
      );
    case "checkboxes":
      return (
        <fieldset className="space-y-1" aria-describedby={describedBy(id, f.hint, invalid)} aria-invalid={invalid || undefined}>
          <legend className="block text-sm font-medium text-gray-900">{f.label}</legend>
          {f.hint ? <p id={`${id}-hint`} className="text-sm text-gray-600">{f.hint}</p> : null}
          {f.options.length === 0 ? <p className="text-sm text-gray-600">{f.empty}</p> : null}
          <div className="grid max-h-64 grid-cols-1 gap-1 overflow-y-auto sm:grid-cols-2">
            {f.options.map((o) => (
              <label key={o.id} className="flex items-center gap-2 text-sm text-gray-900">
                <input type="checkbox" name={f.name} value={o.id} defaultChecked={f.defaultValues?.includes(o.id)} className="h-4 w-4" />
                {o.label}
              </label>
            ))}
          </div>
          {error ? <p id={`${id}-error`} className="text-sm font-medium text-brand-700">{error.join(" ")}</p> : null}
        </fieldset>
      );
    case "checkbox":
      return (
        <label className="flex items-center gap-2 text-sm text-gray-900">
          <input type="checkbox" name={f.name} value="on" defaultChecked={f.defaultChecked} className="h-4 w-4" />
          {f.label}
        </label>
      );
    case "file":
      return (
        <FieldShell id={id} label={f.label} hint={f.hint} error={error}>
          <input id={id} type="file" name={f.name} accept={f.accept} required={f.required} aria-invalid={invalid || undefined} aria-describedby={describedBy(id, f.hint, invalid)} className="block w-full text-sm text-gray-900" />
        </FieldShell>
      );
  }
}

"use client";

import type { ComponentProps } from "react";
import { FieldShell, controlClasses, describedBy } from "@/components/ui";

/** A labelled textarea whose error is tied with aria-describedby. */
export function TextAreaField({ name, label, hint, error, ...rest }: Omit<ComponentProps<"textarea">, "id" | "name"> & { name: string; label: string; hint?: string; error?: string[] }) {
  const id = `field-${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea {...rest} id={id} name={name} rows={rest.rows ?? 5} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={controlClasses(Boolean(error))} />
    </FieldShell>
  );
}

/** A labelled <select> over value/label pairs with a chosen default. */
export function ChoiceField({ name, label, options, defaultValue, value, onChange, error, placeholder }: {
  name: string; label: string; options: readonly { value: string; label: string }[]; defaultValue?: string; error?: string[]; placeholder?: string;
  /** controlled use (a form that keeps its values after a refused submission) */
  value?: string; onChange?: (e: { target: { value: string } }) => void;
}) {
  const id = `field-${name}`;
  return (
    <FieldShell id={id} label={label} error={error}>
      <select id={id} name={name} {...(value !== undefined ? { value, onChange } : { defaultValue: defaultValue ?? "" })} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, null, error)} className={controlClasses(Boolean(error))}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Checkboxes for several deputies (attendance, enrolment); the group carries the error. */
export function DeputyChecklist({ deputies, label, error, name = "deputyIds" }: { deputies: readonly { id: string; name: string }[]; label: string; error?: string[]; name?: string }) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="space-y-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-gray-900">{label}</legend>
      <div className="grid max-h-72 grid-cols-2 gap-1 overflow-y-auto rounded-md border border-gray-300 p-2 sm:grid-cols-4">
        {deputies.map((d) => (
          <label key={d.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={d.id} />
            {d.name}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-brand-700">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

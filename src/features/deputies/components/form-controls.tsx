"use client";

import { controlClasses, describedBy, FieldShell } from "@/components/ui";

/** Small labelled controls for the register's forms (client side, errors tied with aria-describedby). */
export function Select({ name, label, value, options, placeholder, error }: {
  name: string;
  label: string;
  value?: string | null;
  options: readonly { id: string; name: string }[];
  placeholder?: string;
  error?: string[];
}) {
  const id = `field-${name}`;
  return (
    <FieldShell id={id} label={label} error={error}>
      <select id={id} name={name} defaultValue={value ?? ""} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, null, error)} className={controlClasses(Boolean(error))}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextArea({ name, label, value, hint, error, maxLength }: { name: string; label: string; value?: string | null; hint?: string; error?: string[]; maxLength: number }) {
  const id = `field-${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea id={id} name={name} rows={4} maxLength={maxLength} defaultValue={value ?? ""} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={controlClasses(Boolean(error))} />
    </FieldShell>
  );
}

export function CheckboxList({ name, legend, options, checked, error }: { name: string; legend: string; options: readonly { id: string; name: string }[]; checked: readonly string[]; error?: string[] }) {
  const errorId = `field-${name}-error`;
  return (
    <fieldset className="space-y-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-gray-900">{legend}</legend>
      <div className="grid max-h-56 grid-cols-1 gap-1 overflow-y-auto rounded-md border border-gray-300 p-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={o.id} defaultChecked={checked.includes(o.id)} />
            {o.name}
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

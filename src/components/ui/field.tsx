import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

/** ids for a control's hint and error, joined for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

type TShellProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A translated message (or several); shown under the control and tied to it. */
  error?: string | readonly string[] | null;
  className?: string;
  children: ReactNode;
};

/** .control (globals.css): the shared look of inputs and selects; the border tells an invalid one */
export function controlClasses(invalid: boolean): string {
  return cx("control", invalid ? "border-brand-700" : "border-gray-400");
}

function errorText(error: TShellProps["error"]): string | null {
  if (!error) return null;
  return typeof error === "string" ? error : error.join(" ");
}

/** Label, control, hint and error; use `Field` for a text input or pass any control as children. */
export function FieldShell({ id, label, hint, error, className, children }: TShellProps) {
  const message = errorText(error);
  return (
    <div className={cx("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-gray-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      {children}
      {message ? (
        <p id={`${id}-error`} className="text-sm font-medium text-brand-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}

type TFieldProps = Omit<ComponentProps<"input">, "id" | "name"> & {
  name: string;
  /** defaults to `field-<name>` */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: TShellProps["error"];
};

/** A labelled text input; the error is tied with aria-describedby and marks it aria-invalid. */
export function Field({ name, id = `field-${name}`, label, hint, error, className, ...input }: TFieldProps) {
  const invalid = Boolean(errorText(error));
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        {...input}
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, hint, invalid)}
        className={controlClasses(invalid)}
      />
    </FieldShell>
  );
}

"use client";

import { useState, type ChangeEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FieldShell, controlClasses, describedBy } from "@/components/ui";
import { ATTACHMENT_LIMITS } from "@/domain/attachments";

type TOption = { id: string; name: string };

/** A controlled <select> (it keeps its value when a submission is refused), error tied to it. */
export function ControlledSelect(props: {
  name: string;
  label: string;
  hint?: ReactNode;
  options: readonly TOption[];
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string[];
}) {
  const id = `field-${props.name}`;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={controlClasses(Boolean(props.error))}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Several deputies at once: a multiple select, kept in state. */
export function MultiSelect(props: { name: string; label: string; hint: ReactNode; options: readonly TOption[]; value: string[]; onChange: (v: string[]) => void; error?: string[] }) {
  const id = `field-${props.name}`;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={id}
        name={props.name}
        multiple
        size={Math.min(8, Math.max(3, props.options.length))}
        value={props.value}
        onChange={(e) => props.onChange(Array.from(e.target.selectedOptions, (o) => o.value))}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={controlClasses(Boolean(props.error))}
      >
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * The attachments picker. The server checks every file's bytes; this only hints at the kinds and
 * refuses at once what is too large or too many, so a 40 MB file is never sent.
 */
export function AttachmentInput(props: { label: string; hint: ReactNode; accept: string; error?: string[]; name?: string }) {
  const t = useTranslations("intake.attachments.errors");
  const [local, setLocal] = useState<string | null>(null);
  const name = props.name ?? "attachments";
  const id = `field-${name}`;
  const error = local ? [local] : props.error;
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    const problem = files.length > ATTACHMENT_LIMITS.maxPerUpload ? t("tooMany") : files.some((f) => f.size > ATTACHMENT_LIMITS.maxBytes) ? t("tooLarge") : null;
    setLocal(problem);
    if (problem) e.target.value = "";
  };
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error}>
      <input
        id={id}
        name={name}
        type="file"
        multiple
        accept={props.accept}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        className="block w-full text-sm text-gray-900 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
      />
    </FieldShell>
  );
}

/**
 * A form's data without the empty entry a file input sends when no file was chosen (once encoded
 * for a server action it is indistinguishable from an empty file the user picked).
 */
export function formDataWithoutEmptyFiles(form: HTMLFormElement): FormData {
  const data = new FormData(form);
  for (const key of new Set(data.keys())) {
    const values = data.getAll(key);
    if (!values.some((v) => typeof v !== "string" && v.size === 0 && v.name === "")) continue;
    data.delete(key);
    for (const v of values) if (typeof v === "string" || v.size > 0 || v.name !== "") data.append(key, v);
  }
  return data;
}

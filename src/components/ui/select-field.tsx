import { CompactOptions } from "./compact-options";
import { FieldShell, controlClasses, describedBy } from "./field";

export type TSelectOption = { id: string; name: string };

type TSelectFieldProps = {
  name: string;
  /** defaults to `field-<name>` */
  id?: string;
  label: string;
  options: readonly TSelectOption[];
  /** the empty first choice ("please choose" or "none", from the catalog) */
  placeholder: string;
  error?: string[];
  required?: boolean;
};

/** A labelled <select> over id/name options, its error tied with aria-describedby. */
export function SelectField({ name, id = `field-${name}`, label, options, placeholder, error, required }: TSelectFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error}>
      <select id={id} name={name} defaultValue="" required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, null, error)} className={controlClasses(Boolean(error))}>
        <option value="">{placeholder}</option>
        <CompactOptions items={options.map((o) => [o.id, o.name] as const)} />
      </select>
    </FieldShell>
  );
}

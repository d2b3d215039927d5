"use client";

import { useTranslations } from "next-intl";
import { FieldShell, SelectField, controlClasses, describedBy, type TSelectOption } from "@/components/ui";
import { SATISFACTIONS } from "@/domain/workflow/stages";
import { inputName, type TActionField } from "../action-fields";

export type TOption = TSelectOption;
export type TInputProps = {
  field: TActionField;
  /** unique per form on the page: `<action>-<field>` ids */
  prefix: string;
  error?: string[];
  units: readonly TOption[];
  targets: readonly TOption[];
  resultClasses: readonly string[];
};

const TEXT_LABEL = {
  note: "note",
  noteRequired: "noteRequired",
  reason: "reason",
  reasonOptional: "reasonOptional",
  opinion: "opinion",
  text: "text",
} as const;

/** One input of an action's form, labelled, its error tied to it. */
export function ActionInput({ field, prefix, error, units, targets, resultClasses }: TInputProps) {
  const t = useTranslations("items.actions");
  const tSat = useTranslations("workflow.satisfaction");
  const name = inputName(field);
  const id = `${prefix}-${field}`;
  const invalid = error ? true : undefined;
  switch (field) {
    case "leadUnitId":
      return <SelectField id={id} name={name} label={t("leadUnit")} error={error} options={units} placeholder={t("pick")} required />;
    case "coUnitIds":
      return (
        <FieldShell id={id} label={t("coUnits")} hint={t("coUnitsHint")} error={error}>
          <select id={id} name={name} multiple size={5} aria-invalid={invalid} aria-describedby={describedBy(id, true, error)} className={controlClasses(Boolean(error))}>
            {units.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </FieldShell>
      );
    case "targetItemId":
      return <SelectField id={id} name={name} label={t("targetItem")} error={error} options={targets} placeholder={t("pick")} required />;
    case "resultClass":
      return (
        <SelectField id={id} name={name} label={t("resultClass")} error={error} options={resultClasses.map((c) => ({ id: c, name: t("resultClassOption", { cls: c }) }))} placeholder={t("pick")} required />
      );
    case "complex":
      return (
        <div className="flex items-center gap-2">
          <input id={id} type="checkbox" name={name} className="h-5 w-5" />
          <label htmlFor={id} className="text-sm text-gray-900">
            {t("complex")}
          </label>
        </div>
      );
    case "days":
    case "daysOptional":
      return (
        <FieldShell id={id} label={t(field)} error={error}>
          <input id={id} name={name} type="number" inputMode="numeric" min={1} required={field === "days"} aria-invalid={invalid} aria-describedby={describedBy(id, null, error)} className={controlClasses(Boolean(error))} />
        </FieldShell>
      );
    case "satisfaction":
      return (
        <fieldset aria-describedby={describedBy(id, null, error)}>
          <legend className="text-sm font-medium text-gray-900">{t("satisfaction")}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {SATISFACTIONS.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm">
                <input type="radio" name={name} value={s} required className="h-5 w-5" />
                {tSat(s)}
              </label>
            ))}
          </div>
          {error ? (
            <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand-700">
              {error.join(" ")}
            </p>
          ) : null}
        </fieldset>
      );
    default:
      return (
        <FieldShell id={id} label={t(TEXT_LABEL[field])} error={error}>
          <textarea
            id={id}
            name={name}
            rows={field === "text" ? 6 : 3}
            required={field !== "note" && field !== "reasonOptional"}
            aria-invalid={invalid}
            aria-describedby={describedBy(id, null, error)}
            className={controlClasses(Boolean(error))}
          />
        </FieldShell>
      );
  }
}

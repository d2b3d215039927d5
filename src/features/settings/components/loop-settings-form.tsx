"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field, FieldShell, controlClasses, describedBy } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { saveLoopSettingsAction } from "../actions";

export type TLoopSettingsValues = {
  version: string;
  replyMonths: string;
  complexReplyMonths: string;
  returnWindowWorkingDays: string;
  rehandleMonths: string;
  evaluationWindowWorkingDays: string;
  remindWorkingDaysBefore: string;
  holidays: string;
  makeupWorkdays: string;
};

const NUMBERS = ["replyMonths", "complexReplyMonths", "returnWindowWorkingDays", "rehandleMonths", "evaluationWindowWorkingDays"] as const;

/** The committee's deadline rules and calendar; values are kept as typed when the server refuses them. */
export function LoopSettingsForm({ initial }: { initial: TLoopSettingsValues }) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState(saveLoopSettingsAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const [values, setValues] = useState(initial);
  const set = (name: keyof TLoopSettingsValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  // the version always comes from the page: a save revalidates it, and the form keeps what was typed
  const version = initial.version;
  const area = (name: "holidays" | "makeupWorkdays") => {
    const id = `field-${name}`;
    const error = fieldError(name);
    return (
      <FieldShell id={id} label={t(`fields.${name}`)} hint={t(`hints.${name}`)} error={error}>
        <textarea
          id={id}
          name={name}
          rows={8}
          value={values[name]}
          onChange={set(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, true, error)}
          className={`${controlClasses(Boolean(error))} font-mono`}
        />
      </FieldShell>
    );
  };
  return (
    <Card>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="version" value={version} />
        <div className="grid gap-4 sm:grid-cols-2">
          {NUMBERS.map((name) => (
            <Field
              key={name}
              name={name}
              label={t(`fields.${name}`)}
              hint={t(`hints.${name}`)}
              inputMode="numeric"
              value={values[name]}
              onChange={set(name)}
              error={fieldError(name)}
            />
          ))}
          <Field
            name="remindWorkingDaysBefore"
            label={t("fields.remindWorkingDaysBefore")}
            hint={t("hints.remindWorkingDaysBefore")}
            value={values.remindWorkingDaysBefore}
            onChange={set("remindWorkingDaysBefore")}
            error={fieldError("remindWorkingDaysBefore")}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {area("holidays")}
          {area("makeupWorkdays")}
        </div>
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </form>
    </Card>
  );
}

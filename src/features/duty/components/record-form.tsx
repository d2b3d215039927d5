"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { createRecordAction, updateRecordAction } from "../actions";
import { ChoiceField, TextAreaField } from "./fields";
import { PhotoInput } from "./photo-input";

export type TRecordDefaults = { recordId: string; type: string; date: string; endDate: string | null; place: string; description: string; participants: string | null };

/**
 * A deputy's duty record: new, or a draft / returned record edited. "Save draft" keeps it private;
 * "Submit" sends it to staff. Values are kept in state, so a refused submission keeps what was typed
 * (React resets an uncontrolled form after its action) and shows why next to the field.
 */
export function RecordForm({ types, today, defaults }: { types: readonly string[]; today: string; defaults?: TRecordDefaults }) {
  const t = useTranslations("duty");
  const [state, action, pending] = useActionState(defaults ? updateRecordAction : createRecordAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const [v, setV] = useState({
    type: defaults?.type ?? "",
    date: defaults?.date ?? "",
    endDate: defaults?.endDate ?? "",
    place: defaults?.place ?? "",
    description: defaults?.description ?? "",
    participants: defaults?.participants ?? "",
  });
  const bind = (name: keyof typeof v) => ({ value: v[name], onChange: (e: { target: { value: string } }) => setV((old) => ({ ...old, [name]: e.target.value })) });
  return (
    <Card>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        {defaults ? <input type="hidden" name="recordId" value={defaults.recordId} /> : null}
        <ChoiceField name="type" label={t("record.type")} {...bind("type")} placeholder="" options={types.map((v) => ({ value: v, label: t(`type.${v}` as "type.STUDY") }))} error={fieldError("type")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="date" type="date" label={t("record.date")} max={today} required {...bind("date")} error={fieldError("date")} />
          <Field name="endDate" type="date" label={t("record.endDate")} max={today} {...bind("endDate")} error={fieldError("endDate")} />
        </div>
        <Field name="place" label={t("record.place")} required maxLength={120} {...bind("place")} error={fieldError("place")} />
        <TextAreaField name="description" label={t("record.description")} required maxLength={5000} {...bind("description")} error={fieldError("description")} />
        <Field name="participants" label={t("record.participants")} maxLength={500} {...bind("participants")} error={fieldError("participants")} />
        <PhotoInput error={fieldError("photo")} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="intent" value="submit" pending={pending}>
            {t("record.submit")}
          </Button>
          <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
            {t("record.saveDraft")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

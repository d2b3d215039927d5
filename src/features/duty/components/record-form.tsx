"use client";

import { useActionState } from "react";
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
 * "Submit" sends it to staff. A refused field keeps what was typed (defaultValue) and shows why.
 */
export function RecordForm({ types, today, defaults }: { types: readonly string[]; today: string; defaults?: TRecordDefaults }) {
  const t = useTranslations("duty");
  const [state, action, pending] = useActionState(defaults ? updateRecordAction : createRecordAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  return (
    <Card>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        {defaults ? <input type="hidden" name="recordId" value={defaults.recordId} /> : null}
        <ChoiceField name="type" label={t("record.type")} defaultValue={defaults?.type} placeholder="" options={types.map((v) => ({ value: v, label: t(`type.${v}` as "type.STUDY") }))} error={fieldError("type")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="date" type="date" label={t("record.date")} max={today} required defaultValue={defaults?.date} error={fieldError("date")} />
          <Field name="endDate" type="date" label={t("record.endDate")} max={today} defaultValue={defaults?.endDate ?? undefined} error={fieldError("endDate")} />
        </div>
        <Field name="place" label={t("record.place")} required maxLength={120} defaultValue={defaults?.place} error={fieldError("place")} />
        <TextAreaField name="description" label={t("record.description")} required maxLength={5000} defaultValue={defaults?.description} error={fieldError("description")} />
        <Field name="participants" label={t("record.participants")} maxLength={500} defaultValue={defaults?.participants ?? undefined} error={fieldError("participants")} />
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

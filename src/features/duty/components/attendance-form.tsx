"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { attendanceAction } from "../actions";
import { ChoiceField, DeputyChecklist, TextAreaField } from "./fields";

/** Staff: one event or training, every deputy present, one submit. */
export function AttendanceForm({ types, deputies, today }: { types: readonly string[]; deputies: readonly { id: string; name: string }[]; today: string }) {
  const t = useTranslations("duty");
  const [state, action, pending] = useActionState(attendanceAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  return (
    <Card>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <ChoiceField name="type" label={t("record.type")} options={types.map((v) => ({ value: v, label: t(`type.${v}` as "type.STUDY") }))} error={fieldError("type")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="date" type="date" max={today} label={t("record.date")} required error={fieldError("date")} />
          <Field name="endDate" type="date" max={today} label={t("record.endDate")} error={fieldError("endDate")} />
        </div>
        <Field name="place" label={t("record.place")} required maxLength={120} error={fieldError("place")} />
        <TextAreaField name="description" label={t("record.description")} required maxLength={5000} rows={3} error={fieldError("description")} />
        <DeputyChecklist deputies={deputies} label={t("attendance.deputies")} error={fieldError("deputyIds")} />
        <Button type="submit" pending={pending}>
          {t("attendance.submit")}
        </Button>
      </form>
    </Card>
  );
}

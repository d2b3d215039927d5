"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field, SelectField, type TSelectOption } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { createUserAction } from "../actions";
import { RoleSelect } from "./role-select";

type TOption = TSelectOption;

export function CreateUserForm({ committees, units }: { committees: TOption[]; units: TOption[] }) {
  const t = useTranslations("admin");
  const tPassword = useTranslations("password");
  const [state, action, pending] = useActionState(createUserAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">{t("createTitle")}</h2>
      <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
        <div className="sm:col-span-2">
          <FormStatus state={state} />
        </div>
        <Field name="username" label={t("username")} hint={t("usernameHint")} required maxLength={64} autoComplete="off" error={fieldError("username")} />
        <Field name="displayName" label={t("displayName")} required maxLength={60} autoComplete="off" error={fieldError("displayName")} />
        <RoleSelect defaultValue="STAFF" error={fieldError("role")} />
        <Field name="password" type="password" label={t("initialPassword")} hint={tPassword("rules")} required maxLength={128} autoComplete="new-password" error={fieldError("password")} />
        <SelectField name="committeeId" label={t("committee")} options={committees} error={fieldError("committeeId")} placeholder={t("none")} />
        <SelectField name="unitId" label={t("unit")} options={units} error={fieldError("unitId")} placeholder={t("none")} />
        <div className="sm:col-span-2">
          <Button type="submit" pending={pending}>
            {t("create")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

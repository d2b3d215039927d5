"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field, FieldShell, controlClasses, describedBy } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { createUserAction } from "../actions";
import { RoleSelect } from "./role-select";

type TOption = { id: string; name: string };

function Select({ name, label, options, error, noneLabel }: { name: string; label: string; options: TOption[]; error?: string[]; noneLabel: string }) {
  const id = `field-${name}`;
  return (
    <FieldShell id={id} label={label} error={error}>
      <select id={id} name={name} defaultValue="" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, null, error)} className={controlClasses(Boolean(error))}>
        <option value="">{noneLabel}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

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
        <Select name="committeeId" label={t("committee")} options={committees} error={fieldError("committeeId")} noneLabel={t("none")} />
        <Select name="unitId" label={t("unit")} options={units} error={fieldError("unitId")} noneLabel={t("none")} />
        <div className="sm:col-span-2">
          <Button type="submit" pending={pending}>
            {t("create")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

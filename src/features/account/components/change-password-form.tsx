"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { changeOwnPasswordAction } from "../actions";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const tPassword = useTranslations("password");
  const [state, action, pending] = useActionState(changeOwnPasswordAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  // Every session of the user has ended on the server; take this browser to the sign-in page.
  useEffect(() => {
    if (!state.ok) return;
    const timer = setTimeout(() => void signOut({ callbackUrl: "/login" }), 2_000);
    return () => clearTimeout(timer);
  }, [state.ok]);
  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">{t("changePassword")}</h2>
      <form action={action} className="max-w-md space-y-4" noValidate>
        <FormStatus state={state} />
        <Field name="currentPassword" type="password" label={t("currentPassword")} required maxLength={128} autoComplete="current-password" error={fieldError("currentPassword")} />
        <Field name="newPassword" type="password" label={t("newPassword")} hint={tPassword("rules")} required maxLength={128} autoComplete="new-password" error={fieldError("newPassword")} />
        <Field name="confirmPassword" type="password" label={t("confirmPassword")} required maxLength={128} autoComplete="new-password" error={fieldError("confirmPassword")} />
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </form>
    </Card>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { Button, Card } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { resetTotpAction } from "../actions";

/** Clears an account's TOTP (lost phone): the user enrols again at the next sign-in. */
export function ResetTotpForm({ userId, enrolled }: { userId: string; enrolled: boolean }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(resetTotpAction, INITIAL_ACTION_STATE);
  return (
    <Card className="mt-4">
      <h2 className="mb-1 text-lg font-semibold">{t("totpTitle")}</h2>
      <p className="mb-3 text-sm text-gray-600">{enrolled ? t("totpEnrolled") : t("totpNotEnrolled")}</p>
      <form action={action} className="space-y-3">
        <FormStatus state={state} />
        <input type="hidden" name="userId" value={userId} />
        <Button type="submit" variant="danger" pending={pending} disabled={!enrolled}>
          {t("totpReset")}
        </Button>
      </form>
    </Card>
  );
}

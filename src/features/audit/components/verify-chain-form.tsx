"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { Alert, Button } from "@/components/ui";
import { verifyChainAction, type TVerifyState } from "../actions";

const INITIAL: TVerifyState = { ok: false };

export function VerifyChainForm() {
  const t = useTranslations("audit");
  const [state, action, pending] = useActionState(verifyChainAction, INITIAL);
  const checked = state.checked;
  return (
    <form action={action} className="mb-6 space-y-3">
      {checked === undefined ? <FormStatus state={state} /> : state.brokenId ? (
        <Alert tone="error">{t("verifyBroken", { id: state.brokenId, checked })}</Alert>
      ) : (
        <Alert tone="success">{t("verifyOk", { checked })}</Alert>
      )}
      <Button type="submit" variant="secondary" pending={pending}>
        {t("verify")}
      </Button>
    </form>
  );
}

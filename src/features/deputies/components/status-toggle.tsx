"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { Button } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { setDeputyActiveAction } from "../actions";

/** Deactivate (or restore) a deputy: the record stays, its status changes. */
export function StatusToggle({ deputyId, active }: { deputyId: string; active: boolean }) {
  const t = useTranslations("register.detail");
  const [state, action, pending] = useActionState(setDeputyActiveAction, INITIAL_ACTION_STATE);
  return (
    <form action={action} className="inline-flex flex-col gap-2">
      <FormStatus state={state} />
      <input type="hidden" name="deputyId" value={deputyId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <Button type="submit" variant={active ? "danger" : "secondary"} pending={pending}>
        {active ? t("deactivate") : t("reactivate")}
      </Button>
    </form>
  );
}

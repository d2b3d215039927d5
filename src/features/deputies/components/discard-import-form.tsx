"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { Button } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { discardImportAction } from "../actions";

export function DiscardImportForm({ importId }: { importId: string }) {
  const t = useTranslations("register.import");
  const [state, action, pending] = useActionState(discardImportAction, INITIAL_ACTION_STATE);
  return (
    <form action={action}>
      <FormStatus state={state} />
      <input type="hidden" name="importId" value={importId} />
      <Button type="submit" variant="ghost" pending={pending}>
        {t("discard")}
      </Button>
    </form>
  );
}

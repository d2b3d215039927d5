"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button } from "@/components/ui";
import { revealPiiAction, type TRevealState } from "../actions";

type TField = "idCard" | "phone" | "address";
const LABEL = { idCard: "fieldIdCard", phone: "fieldPhone", address: "fieldAddress" } as const;

/**
 * A masked value with a deliberate "show" button: the clear value comes from a server action that
 * checks deputy:revealPii and writes an audit row. It is held only in this component's state.
 */
export function RevealValue({ deputyId, field, masked }: { deputyId: string; field: TField; masked: string }) {
  const t = useTranslations("register.reveal");
  const [state, action, pending] = useActionState<TRevealState, FormData>(revealPiiAction, { ok: false });
  const [hidden, setHidden] = useState(false);
  const { message } = useActionMessages(state);
  const shown = state.value !== undefined && !hidden;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span data-testid={`pii-${field}`} className="font-mono">
        {shown ? state.value : masked}
      </span>
      {shown ? (
        <Button size="sm" variant="ghost" onClick={() => setHidden(true)}>
          {t("hide")}
        </Button>
      ) : (
        <form action={action} onSubmit={() => setHidden(false)}>
          <input type="hidden" name="deputyId" value={deputyId} />
          <input type="hidden" name="field" value={field} />
          <Button type="submit" size="sm" variant="secondary" pending={pending}>
            {t("button", { field: t(LABEL[field]) })}
          </Button>
        </form>
      )}
      {!state.ok && message ? (
        <span role="alert" className="text-sm text-brand-700">
          {t("failed", { reason: message })}
        </span>
      ) : null}
    </span>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { Button } from "@/components/ui";
import { revealContactAction, type TRevealState } from "../actions";

const INITIAL: TRevealState = { ok: false };

/** The masked phone; the full one on request, for whoever may reveal it (the server decides and audits). */
export function ContactReveal({ itemId, masked, mayReveal }: { itemId: string; masked: string; mayReveal: boolean }) {
  const t = useTranslations("intake.contact");
  const [state, action, pending] = useActionState(revealContactAction, INITIAL);
  return (
    <div className="space-y-2">
      <p className="text-gray-900">
        <span className="font-medium text-gray-700">{t("label")}：</span>
        <span className="font-mono" data-testid="contact-phone">
          {state.phone ?? masked}
        </span>
      </p>
      {state.phone ? <p className="sr-only" role="status">{t("revealed", { phone: state.phone })}</p> : null}
      {mayReveal && !state.phone ? (
        <form action={action} className="space-y-1">
          {state.message ? <FormStatus state={state} /> : null}
          <input type="hidden" name="itemId" value={itemId} />
          <Button type="submit" pending={pending} variant="secondary" size="sm">
            {t("reveal")}
          </Button>
          <p className="text-xs text-gray-600">{t("revealNote")}</p>
        </form>
      ) : null}
    </div>
  );
}

"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field, FieldShell, controlClasses, describedBy } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { submitItemAction } from "../actions";
import { MAX_BODY, MAX_NAME, MAX_TITLE } from "../schemas";

/**
 * The submission form. The idempotency key comes from the server, once per page load: a double
 * submit (two clicks, a retry after a lost answer) creates one item. Values are kept in state so
 * that a refused submission keeps what was typed.
 */
export function SubmitItemForm({ idempotencyKey, onBehalf }: { idempotencyKey: string; onBehalf: boolean }) {
  const t = useTranslations("items.form");
  const [state, action, pending] = useActionState(submitItemAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [name, setName] = useState("");
  const bodyError = fieldError("body");
  const bodyId = "field-body";
  return (
    <Card>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {onBehalf ? (
          <Field name="submitterName" label={t("submitterName")} required maxLength={MAX_NAME} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={fieldError("submitterName")} />
        ) : null}
        <Field name="title" label={t("title")} hint={t("titleHint", { max: MAX_TITLE })} required maxLength={MAX_TITLE} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError("title")} />
        <FieldShell id={bodyId} label={t("body")} hint={t("bodyHint", { max: MAX_BODY })} error={bodyError}>
          <textarea
            id={bodyId}
            name="body"
            rows={8}
            required
            maxLength={MAX_BODY}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={describedBy(bodyId, true, bodyError)}
            className={controlClasses(Boolean(bodyError))}
          />
        </FieldShell>
        {fieldError("idempotencyKey") ? <p className="text-sm font-medium text-brand-700">{fieldError("idempotencyKey")}</p> : null}
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </form>
    </Card>
  );
}

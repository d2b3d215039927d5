"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Alert, Button, Card, Field, FieldShell, controlClasses, describedBy, type TSelectOption } from "@/components/ui";
import { PUBLIC_MAX_BODY, PUBLIC_MAX_NAME, PUBLIC_MAX_TITLE } from "@/server/public/input";
import { submitPublicAction } from "../actions";
import { INITIAL_PUBLIC_SUBMIT_STATE } from "../state";
import { SubmittedCard } from "./submitted-card";

/**
 * The one-click public form. The idempotency key comes from the server once per page load, so a
 * double click makes one item. Values are kept in state: a refused submission keeps what was typed.
 */
export function PublicSubmitForm({ committees, idempotencyKey }: { committees: readonly TSelectOption[]; idempotencyKey: string }) {
  const t = useTranslations("public.submit");
  const [state, action, pending] = useActionState(submitPublicAction, INITIAL_PUBLIC_SUBMIT_STATE);
  const { fieldError } = useActionMessages(state);
  const [committeeId, setCommitteeId] = useState(committees.length === 1 ? (committees[0]?.id ?? "") : "");
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");

  if (state.ok && state.trackingNumber) return <SubmittedCard trackingNumber={state.trackingNumber} />;

  const committeeError = fieldError("committeeId");
  const bodyError = fieldError("body");
  const keyError = fieldError("idempotencyKey");
  return (
    <Card>
      <form action={action} className="space-y-4" noValidate>
        {state.retryAfterMinutes ? <Alert tone="error">{t("limited", { minutes: state.retryAfterMinutes })}</Alert> : <FormStatus state={state} />}
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <FieldShell id="field-committeeId" label={t("committee")} error={committeeError}>
          <select
            id="field-committeeId"
            name="committeeId"
            required
            value={committeeId}
            onChange={(e) => setCommitteeId(e.target.value)}
            aria-invalid={committeeError ? true : undefined}
            aria-describedby={describedBy("field-committeeId", null, committeeError)}
            className={controlClasses(Boolean(committeeError))}
          >
            <option value="">{t("committeePlaceholder")}</option>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </FieldShell>
        <Field name="title" label={t("itemTitle")} hint={t("titleHint", { max: PUBLIC_MAX_TITLE })} required maxLength={PUBLIC_MAX_TITLE} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError("title")} />
        <FieldShell id="field-body" label={t("body")} hint={t("bodyHint", { max: PUBLIC_MAX_BODY })} error={bodyError}>
          <textarea
            id="field-body"
            name="body"
            rows={8}
            required
            maxLength={PUBLIC_MAX_BODY}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={describedBy("field-body", true, bodyError)}
            className={controlClasses(Boolean(bodyError))}
          />
        </FieldShell>
        <Field name="submitterName" label={t("name")} hint={t("nameHint")} maxLength={PUBLIC_MAX_NAME} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={fieldError("submitterName")} />
        <Field name="phone" type="tel" label={t("phone")} hint={t("phoneHint")} maxLength={40} autoComplete="tel" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={fieldError("phone")} />
        {keyError ? <p className="text-sm font-medium text-brand-700">{keyError}</p> : null}
        <p className="text-sm text-gray-700">{t("privacy")}</p>
        <Button type="submit" pending={pending}>
          {t("submitButton")}
        </Button>
      </form>
    </Card>
  );
}

"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Alert, Button, Card, Field, FieldShell, controlClasses, describedBy } from "@/components/ui";
import { PUBLIC_MAX_BODY, PUBLIC_MAX_NAME } from "@/server/public/input";
import { submitStationAction } from "../actions";
import { INITIAL_PUBLIC_SUBMIT_STATE } from "../state";
import { SubmittedCard } from "./submitted-card";

/**
 * A station's own one-click form (the QR code at the station opens it): only what the resident
 * has to say is required; name and phone are optional. One key per page load: a double submit
 * makes one item.
 */
export function StationSubmitForm({ stationId, idempotencyKey }: { stationId: string; idempotencyKey: string }) {
  const t = useTranslations("intake.station");
  const tp = useTranslations("public.submit");
  const [state, action, pending] = useActionState(submitStationAction, INITIAL_PUBLIC_SUBMIT_STATE);
  const { fieldError } = useActionMessages(state);
  const [body, setBody] = useState("");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  if (state.ok && state.trackingNumber) return <SubmittedCard trackingNumber={state.trackingNumber} />;
  const bodyError = fieldError("body");
  const stationError = fieldError("stationId") ?? fieldError("idempotencyKey");
  return (
    <Card>
      <form action={action} className="space-y-4" noValidate>
        {state.retryAfterMinutes ? <Alert tone="error">{tp("limited", { minutes: state.retryAfterMinutes })}</Alert> : <FormStatus state={state} />}
        <input type="hidden" name="stationId" value={stationId} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {stationError ? <p className="text-sm font-medium text-brand-700">{stationError}</p> : null}
        <FieldShell id="field-body" label={t("body")} hint={t("bodyHint", { max: PUBLIC_MAX_BODY })} error={bodyError}>
          <textarea
            id="field-body"
            name="body"
            rows={6}
            required
            maxLength={PUBLIC_MAX_BODY}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={describedBy("field-body", true, bodyError)}
            className={controlClasses(Boolean(bodyError))}
          />
        </FieldShell>
        <Field name="submitterName" label={tp("name")} hint={tp("nameHint")} maxLength={PUBLIC_MAX_NAME} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={fieldError("submitterName")} />
        <Field name="phone" type="tel" label={tp("phone")} hint={tp("phoneHint")} maxLength={40} autoComplete="tel" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={fieldError("phone")} />
        <p className="text-sm text-gray-700">{tp("privacy")}</p>
        <Button type="submit" pending={pending}>
          {tp("submitButton")}
        </Button>
      </form>
    </Card>
  );
}

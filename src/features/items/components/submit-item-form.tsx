"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field, FieldShell, controlClasses, describedBy } from "@/components/ui";
import { ATTACHMENT_ACCEPT, ATTACHMENT_LIMITS } from "@/domain/attachments";
import type { TTrackingSource } from "@/domain/tracking-number";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { submitItemAction } from "../submit-actions";
import { MAX_BODY, MAX_NAME, MAX_TITLE } from "../submit-schemas";
import { AttachmentInput, ControlledSelect, MultiSelect, formDataWithoutEmptyFiles } from "./intake-fields";

type TOption = { id: string; name: string };
export type TSubmitFormProps = {
  idempotencyKey: string;
  role: "DEPUTY" | "STAFF" | "STATION_MANAGER";
  sources: readonly TTrackingSource[];
  deputies: readonly TOption[];
  stations: readonly TOption[];
};

/**
 * The submission form for each signed-in side: a deputy (lead sponsor) with co-sponsors; staff on
 * behalf of a named deputy (lead + co-sponsors) or of a person without an account (name, optional
 * phone); a station manager for one of their stations. The idempotency key comes from the server
 * once per page load, so a double submit creates one item. Values are kept in state and the form
 * is not reset, so a refused submission keeps what was typed and chosen.
 */
export function SubmitItemForm({ idempotencyKey, role, sources, deputies, stations }: TSubmitFormProps) {
  const t = useTranslations("items.form");
  const ti = useTranslations("intake.form");
  const tSource = useTranslations("workflow.source");
  const [state, action, pending] = useActionState(submitItemAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const [mode, setMode] = useState<"deputy" | "person">("person");
  const [source, setSource] = useState<string>(sources[0] ?? "");
  const [stationId, setStationId] = useState(stations.length === 1 ? (stations[0]?.id ?? "") : "");
  const [lead, setLead] = useState("");
  const [coSponsors, setCoSponsors] = useState<string[]>([]);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const bodyError = fieldError("body");
  const bodyId = "field-body";
  const sponsorsShown = role === "DEPUTY" || (role === "STAFF" && mode === "deputy");
  const personShown = role === "STATION_MANAGER" || (role === "STAFF" && mode === "person");
  const coOptions = deputies.filter((d) => d.id !== lead);
  const chooseMode = (next: "deputy" | "person") => {
    setMode(next);
    const preferred = next === "deputy" ? "DEPUTY_SUGGESTION" : "ON_BEHALF";
    if ((sources as readonly string[]).includes(preferred)) setSource(preferred);
  };
  // submitted by hand so that React does not reset the form afterwards: a reset would clear the
  // multiple select's choices in the page while the state still holds them
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = formDataWithoutEmptyFiles(e.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <Card>
      <form action={action} onSubmit={submit} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {role === "STAFF" ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-gray-900">{ti("mode")}</legend>
            {(["person", "deputy"] as const).map((m) => (
              <label key={m} className="flex items-center gap-2 text-gray-900">
                <input type="radio" name="ui-mode" value={m} checked={mode === m} onChange={() => chooseMode(m)} />
                {ti(m === "person" ? "modePerson" : "modeDeputy")}
              </label>
            ))}
          </fieldset>
        ) : null}
        <ControlledSelect name="source" label={ti("source")} options={sources.map((s) => ({ id: s, name: tSource(s) }))} value={source} onChange={setSource} error={fieldError("source")} />
        {role === "STATION_MANAGER" ? (
          <ControlledSelect name="stationId" label={ti("station")} placeholder={ti("stationPlaceholder")} options={stations} value={stationId} onChange={setStationId} error={fieldError("stationId")} />
        ) : null}
        {role === "STAFF" && mode === "deputy" ? (
          <ControlledSelect name="leadSponsorUserId" label={ti("leadSponsor")} hint={ti("leadSponsorHint")} placeholder={ti("leadSponsorPlaceholder")} options={deputies} value={lead} onChange={setLead} error={fieldError("leadSponsorUserId")} />
        ) : null}
        {sponsorsShown ? (
          <MultiSelect name="coSponsorUserIds" label={ti("coSponsors")} hint={ti("coSponsorsHint")} options={coOptions} value={coSponsors.filter((c) => c !== lead)} onChange={setCoSponsors} error={fieldError("coSponsorUserIds")} />
        ) : null}
        {personShown ? (
          <>
            <Field name="submitterName" label={role === "STAFF" ? t("submitterName") : ti("visitorName")} required={role === "STAFF"} maxLength={MAX_NAME} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={fieldError("submitterName")} />
            <Field name="phone" type="tel" label={ti("phone")} hint={ti("phoneHint")} maxLength={40} autoComplete="off" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={fieldError("phone")} />
          </>
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
        <AttachmentInput
          label={ti("attachments")}
          hint={ti("attachmentsHint", { count: ATTACHMENT_LIMITS.maxPerUpload, mb: ATTACHMENT_LIMITS.maxBytes / 1024 / 1024 })}
          accept={ATTACHMENT_ACCEPT}
          error={fieldError("attachments")}
        />
        {fieldError("idempotencyKey") ? <p className="text-sm font-medium text-brand-700">{fieldError("idempotencyKey")}</p> : null}
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </form>
    </Card>
  );
}

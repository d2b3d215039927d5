"use client";

import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, buttonClasses, Card, Field } from "@/components/ui";
import { LIMITS } from "@/domain/roster/fields";
import { DEPUTY_LEVELS } from "@/domain/vocabulary";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import type { TDeputyEditValues, TDeputyFormOptions } from "@/server/deputies/queries";
import { createDeputyAction, updateDeputyAction } from "../actions";
import { CheckboxList, Select, TextArea } from "./form-controls";

/** Staff create or edit a deputy. ID number, phone and address are never sent to the page in clear. */
export function DeputyForm({ options, values, cancelHref }: { options: TDeputyFormOptions; values?: TDeputyEditValues; cancelHref: string }) {
  const t = useTranslations("register.form");
  const te = useTranslations("enums");
  const [state, action, pending] = useActionState(values ? updateDeputyAction : createDeputyAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const committee = options.committees.find((c) => c.id === values?.committeeId) ?? options.committees[0];
  const keep = (masked: string | undefined) => (masked ? t("keepHint", { masked }) : t("emptyHint"));
  return (
    <form action={action} noValidate className="space-y-6">
      <FormStatus state={state} />
      {values ? <input type="hidden" name="deputyId" value={values.id} /> : null}
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("sectionRegister")}</h2>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field name="name" label={t("name")} required maxLength={LIMITS.name} defaultValue={values?.name} error={fieldError("name")} />
          <Select name="gender" label={t("gender")} value={values?.gender} placeholder={t("choose")} options={["MALE", "FEMALE"].map((g) => ({ id: g, name: te(`gender.${g as "MALE"}`) }))} error={fieldError("gender")} />
          <Select name="level" label={t("level")} value={values?.level} placeholder={t("choose")} options={DEPUTY_LEVELS.map((l) => ({ id: l, name: te(`deputyLevel.${l}`) }))} error={fieldError("level")} />
          <Select name="committeeId" label={t("committee")} value={committee?.id} options={options.committees} error={fieldError("committeeId")} />
          <Field name="termNumber" label={t("termNumber")} type="number" min={1} max={LIMITS.term} defaultValue={values?.termNumber ?? committee?.termNumber} error={fieldError("termNumber")} />
          <Select name="delegationId" label={t("delegation")} value={values?.delegationId} placeholder={t("none")} options={options.delegations} error={fieldError("delegationId")} />
          <Select name="regionId" label={t("region")} value={values?.regionId} placeholder={t("choose")} options={options.regions} error={fieldError("regionId")} />
          <Field name="workUnit" label={t("workUnit")} maxLength={LIMITS.workUnit} defaultValue={values?.workUnit ?? ""} error={fieldError("workUnit")} />
          <Field name="title" label={t("title")} maxLength={LIMITS.title} defaultValue={values?.title ?? ""} error={fieldError("title")} />
          <Field name="expertise" label={t("expertise")} hint={t("expertiseHint")} maxLength={400} defaultValue={values?.expertise.join("、") ?? ""} error={fieldError("expertise")} />
        </div>
        <div className="mt-4">
          <TextArea name="bio" label={t("bio")} value={values?.bio} maxLength={LIMITS.bio} error={fieldError("bio")} />
        </div>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("sectionContact")}</h2>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field name="idCard" label={t("idCard")} autoComplete="off" maxLength={40} hint={values ? keep(values.pii.idCard) : undefined} error={fieldError("idCard")} />
          <Field name="phone" label={t("phone")} type="tel" autoComplete="off" maxLength={40} hint={values ? keep(values.pii.phone) : undefined} error={fieldError("phone")} />
          <Field name="address" label={t("address")} autoComplete="off" maxLength={LIMITS.address} hint={values ? keep(values.pii.address) : undefined} error={fieldError("address")} />
        </div>
        {values && (values.pii.phone || values.pii.address) ? (
          <div className="mt-3 flex flex-wrap gap-4 text-sm">
            {values.pii.phone ? (
              <label className="flex items-center gap-2">
                <input type="checkbox" name="clear" value="phone" /> {t("clearPhone")}
              </label>
            ) : null}
            {values.pii.address ? (
              <label className="flex items-center gap-2">
                <input type="checkbox" name="clear" value="address" /> {t("clearAddress")}
              </label>
            ) : null}
          </div>
        ) : null}
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("sectionDuty")}</h2>
        <div className="space-y-4">
          <CheckboxList name="groupIds" legend={t("groups")} options={options.groups} checked={values?.groupIds ?? []} error={fieldError("groupIds")} />
          <CheckboxList name="stationIds" legend={t("stations")} options={options.stations} checked={values?.stationIds ?? []} error={fieldError("stationIds")} />
        </div>
      </Card>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          {values ? t("save") : t("create")}
        </Button>
        <Link href={cancelHref} className={buttonClasses("ghost", "md")}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}

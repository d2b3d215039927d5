"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field } from "@/components/ui";
import { LIMITS } from "@/domain/roster/fields";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import type { TOwnProfileValues } from "@/server/deputies/queries";
import { updateOwnProfileAction } from "../actions";
import { TextArea } from "./form-controls";

/** A deputy's own fields (SELF_EDITABLE_FIELDS). Phone and address are shown masked; blank keeps them. */
export function OwnProfileForm({ values }: { values: TOwnProfileValues }) {
  const t = useTranslations("register");
  const [state, action, pending] = useActionState(updateOwnProfileAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const keep = (masked: string) => (masked ? t("form.keepHint", { masked }) : t("form.emptyHint"));
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{t("profile.editTitle")}</h2>
      <p className="mb-4 text-sm text-gray-700">{t("profile.editHint")}</p>
      <form action={action} noValidate className="space-y-4">
        <FormStatus state={state} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field name="phone" type="tel" label={t("form.phone")} autoComplete="off" maxLength={40} hint={keep(values.pii.phone)} error={fieldError("phone")} />
          <Field name="address" label={t("form.address")} autoComplete="off" maxLength={LIMITS.address} hint={keep(values.pii.address)} error={fieldError("address")} />
          <Field name="expertise" label={t("form.expertise")} hint={t("form.expertiseHint")} maxLength={400} defaultValue={values.expertise.join("、")} error={fieldError("expertise")} />
        </div>
        {values.pii.phone || values.pii.address ? (
          <div className="flex flex-wrap gap-4 text-sm">
            {values.pii.phone ? (
              <label className="flex items-center gap-2">
                <input type="checkbox" name="clear" value="phone" /> {t("form.clearPhone")}
              </label>
            ) : null}
            {values.pii.address ? (
              <label className="flex items-center gap-2">
                <input type="checkbox" name="clear" value="address" /> {t("form.clearAddress")}
              </label>
            ) : null}
          </div>
        ) : null}
        <TextArea name="bio" label={t("form.bio")} value={values.bio} maxLength={LIMITS.bio} error={fieldError("bio")} />
        <Button type="submit" pending={pending}>
          {t("form.save")}
        </Button>
      </form>
    </Card>
  );
}

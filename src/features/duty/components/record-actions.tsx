"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { addPhotoAction, confirmRecordAction, returnRecordAction, submitRecordAction } from "../actions";
import { PhotoInput } from "./photo-input";

/** Staff on a submitted record: confirm it, or return it with a reason. */
export function ReviewForms({ recordId }: { recordId: string }) {
  const t = useTranslations("duty.record");
  const [confirmState, confirm, confirming] = useActionState(confirmRecordAction, INITIAL_ACTION_STATE);
  const [returnState, giveBack, returning] = useActionState(returnRecordAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(returnState);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Card>
        <form action={confirm} className="space-y-3">
          <FormStatus state={confirmState} />
          <input type="hidden" name="recordId" value={recordId} />
          <Button type="submit" pending={confirming}>
            {t("confirm")}
          </Button>
        </form>
      </Card>
      <Card>
        <form action={giveBack} className="space-y-3" noValidate>
          <FormStatus state={returnState} />
          <input type="hidden" name="recordId" value={recordId} />
          <Field name="reason" label={t("returnReason")} maxLength={500} required error={fieldError("reason")} />
          <Button type="submit" variant="danger" pending={returning}>
            {t("return")}
          </Button>
        </form>
      </Card>
    </div>
  );
}

/** The deputy on their own draft: add a photo, or submit it as it is. */
export function OwnerForms({ recordId, canSubmit }: { recordId: string; canSubmit: boolean }) {
  const t = useTranslations("duty.record");
  const [photoState, upload, uploading] = useActionState(addPhotoAction, INITIAL_ACTION_STATE);
  const [submitState, submit, submitting] = useActionState(submitRecordAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(photoState);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Card>
        <form action={upload} className="space-y-3" noValidate>
          <FormStatus state={photoState} />
          <input type="hidden" name="recordId" value={recordId} />
          <PhotoInput error={fieldError("photo")} required />
          <Button type="submit" variant="secondary" pending={uploading}>
            {t("addPhoto")}
          </Button>
        </form>
      </Card>
      {canSubmit ? (
        <Card>
          <form action={submit} className="space-y-3">
            <FormStatus state={submitState} />
            <input type="hidden" name="recordId" value={recordId} />
            <Button type="submit" pending={submitting}>
              {t("submit")}
            </Button>
          </form>
        </Card>
      ) : null}
    </div>
  );
}

"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button } from "@/components/ui";
import { ATTACHMENT_ACCEPT, ATTACHMENT_LIMITS } from "@/domain/attachments";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { AttachmentInput, formDataWithoutEmptyFiles } from "../../items/components/intake-fields";
import { addFilesAction } from "../actions";

/** Later files on an item (e.g. the unit's documents with its reply). */
export function AddFilesForm({ itemId }: { itemId: string }) {
  const t = useTranslations("intake");
  const [state, action, pending] = useActionState(addFilesAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const form = useRef<HTMLFormElement>(null);
  // uploaded: clear the picker so the same files are not sent twice
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = formDataWithoutEmptyFiles(e.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form ref={form} action={action} onSubmit={submit} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="itemId" value={itemId} />
      <AttachmentInput
        label={t("attachments.add")}
        hint={t("form.attachmentsHint", { count: ATTACHMENT_LIMITS.maxPerUpload, mb: ATTACHMENT_LIMITS.maxBytes / 1024 / 1024 })}
        accept={ATTACHMENT_ACCEPT}
        error={fieldError("attachments")}
      />
      <Button type="submit" pending={pending} variant="secondary">
        {t("attachments.addButton")}
      </Button>
    </form>
  );
}

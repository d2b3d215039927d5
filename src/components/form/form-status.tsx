"use client";

import { Alert } from "@/components/ui";
import type { TActionState } from "@/lib/action-state";
import { useActionMessages } from "./use-action-messages";

/** The form-level outcome of an action: success in a status region, failure in an alert. */
export function FormStatus({ state, successMessage }: { state: TActionState; successMessage?: string }) {
  const { message, formErrors } = useActionMessages(state);
  if (state.ok) return successMessage || message ? <Alert tone="success">{successMessage ?? message}</Alert> : null;
  if (!message && formErrors.length === 0) return null;
  return (
    <Alert tone="error">
      {message}
      {formErrors.length > 0 ? <span className="block">{formErrors.join(" ")}</span> : null}
    </Alert>
  );
}

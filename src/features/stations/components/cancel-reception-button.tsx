"use client";

import { useActionState } from "react";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { cancelReceptionAction } from "../actions";

/** Withdraws a reception day with no visitor records (the server checks again). */
export function CancelReceptionButton({ stationId, receptionDayId, label }: { stationId: string; receptionDayId: string; label: string }) {
  const [state, action, pending] = useActionState(cancelReceptionAction, INITIAL_ACTION_STATE);
  const { message } = useActionMessages(state);
  return (
    <form action={action}>
      <input type="hidden" name="stationId" value={stationId} />
      <input type="hidden" name="receptionDayId" value={receptionDayId} />
      <Button type="submit" variant="danger" size="sm" pending={pending}>
        {label}
      </Button>
      {!state.ok && message ? <span role="alert" className="ml-2 text-sm text-brand-700">{message}</span> : null}
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card } from "@/components/ui";
import type { TAction } from "@/domain/workflow/actions";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { ACTION_FIELDS, inputName } from "../action-fields";
import { transitionAction } from "../actions";
import { ActionInput, type TOption } from "./action-inputs";

type TProps = {
  itemId: string;
  version: number;
  action: TAction;
  units: readonly TOption[];
  targets: readonly TOption[];
  resultClasses: readonly string[];
};

const DANGER: readonly TAction[] = ["decline", "sendBack", "rejectReturn", "rejectExtension"];

/** One action the workflow table offers this viewer now, with the inputs it needs. */
export function ItemActionForm({ itemId, version, action, units, targets, resultClasses }: TProps) {
  const tAction = useTranslations("workflow.action");
  const [state, formAction, pending] = useActionState(transitionAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  const label = tAction(action);
  return (
    <Card title={label} level={3}>
      <form action={formAction} className="space-y-3" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="action" value={action} />
        <input type="hidden" name="version" value={version} />
        {ACTION_FIELDS[action].map((field) => (
          <ActionInput key={field} field={field} prefix={action} error={fieldError(inputName(field))} units={units} targets={targets} resultClasses={resultClasses} />
        ))}
        <Button type="submit" variant={DANGER.includes(action) ? "danger" : "primary"} pending={pending}>
          {label}
        </Button>
      </form>
    </Card>
  );
}

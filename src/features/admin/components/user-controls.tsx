"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field } from "@/components/ui";
import type { TRole } from "@/domain/roles";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { changeRoleAction, resetPasswordAction, setActiveAction } from "../actions";
import { RoleSelect } from "./role-select";

/** The administrator's three controls on one account: role, enabled, password. */
export function UserControls({ userId, role, active }: { userId: string; role: TRole; active: boolean }) {
  const t = useTranslations("admin");
  const tPassword = useTranslations("password");
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, INITIAL_ACTION_STATE);
  const [activeState, activeAction, activePending] = useActionState(setActiveAction, INITIAL_ACTION_STATE);
  const [pwState, pwAction, pwPending] = useActionState(resetPasswordAction, INITIAL_ACTION_STATE);
  const pw = useActionMessages(pwState);
  const roleMessages = useActionMessages(roleState);
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("changeRole")}</h2>
        <form action={roleAction} className="space-y-3">
          <FormStatus state={roleState} />
          <input type="hidden" name="userId" value={userId} />
          <RoleSelect defaultValue={role} error={roleMessages.fieldError("role")} />
          <Button type="submit" pending={rolePending}>
            {t("saveRole")}
          </Button>
        </form>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{active ? t("disable") : t("enable")}</h2>
        <form action={activeAction} className="space-y-3">
          <FormStatus state={activeState} />
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="active" value={active ? "false" : "true"} />
          <Button type="submit" variant={active ? "danger" : "primary"} pending={activePending}>
            {active ? t("disable") : t("enable")}
          </Button>
        </form>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("resetPassword")}</h2>
        <form action={pwAction} className="space-y-3" noValidate>
          <FormStatus state={pwState} />
          <input type="hidden" name="userId" value={userId} />
          <Field name="password" type="password" label={t("newPassword")} hint={tPassword("rules")} maxLength={128} autoComplete="new-password" error={pw.fieldError("password")} />
          <Button type="submit" pending={pwPending}>
            {t("resetPassword")}
          </Button>
        </form>
      </Card>
    </div>
  );
}

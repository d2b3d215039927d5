"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, controlClasses } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { saveRulesAction } from "../actions";

type TRule = { type: string; points: number; yearlyCap: number };

/** Staff edit one year's rules (points per record, yearly cap); leaders see the same table read-only. */
export function RulesForm({ year, rules, editable }: { year: number; rules: readonly TRule[]; editable: boolean }) {
  const t = useTranslations("duty");
  const [state, action, pending] = useActionState(saveRulesAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  return (
    <Card>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="year" value={year} />
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("rules.title")}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-2 text-left">{t("archive.type")}</th>
                <th scope="col" className="px-2 py-2 text-left">{t("rules.points")}</th>
                <th scope="col" className="px-2 py-2 text-left">{t("rules.cap")}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => {
                const label = t(`type.${r.type}` as "type.STUDY");
                const pErr = fieldError(`${r.type}.points`);
                const cErr = fieldError(`${r.type}.yearlyCap`);
                return (
                  <tr key={r.type} className="border-t border-gray-200">
                    <th scope="row" className="px-2 py-2 text-left font-medium">{label}</th>
                    <td className="px-2 py-2">
                      <input name={`${r.type}.points`} type="number" min={0} max={100} step={1} defaultValue={r.points} disabled={!editable} aria-label={`${label} ${t("rules.points")}`} aria-invalid={pErr ? true : undefined} aria-describedby={pErr ? `${r.type}-points-error` : undefined} className={controlClasses(Boolean(pErr))} />
                      {pErr ? <p id={`${r.type}-points-error`} className="text-sm font-medium text-brand-700">{pErr.join(" ")}</p> : null}
                    </td>
                    <td className="px-2 py-2">
                      <input name={`${r.type}.yearlyCap`} type="number" min={0} max={1000} step={1} defaultValue={r.yearlyCap} disabled={!editable} aria-label={`${label} ${t("rules.cap")}`} aria-invalid={cErr ? true : undefined} aria-describedby={cErr ? `${r.type}-cap-error` : undefined} className={controlClasses(Boolean(cErr))} />
                      {cErr ? <p id={`${r.type}-cap-error`} className="text-sm font-medium text-brand-700">{cErr.join(" ")}</p> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {editable ? (
          <Button type="submit" pending={pending}>
            {t("rules.save")}
          </Button>
        ) : (
          <p className="text-sm text-gray-700">{t("rules.readOnly")}</p>
        )}
        {fieldError("year") ? <p className="text-sm font-medium text-brand-700">{fieldError("year")}</p> : null}
      </form>
    </Card>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { FieldShell, controlClasses, describedBy } from "@/components/ui";
import { ROLES, type TRole } from "@/domain/roles";

/** A labelled role picker, its error tied to it. */
export function RoleSelect({ defaultValue, error }: { defaultValue: TRole; error?: string[] }) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const id = "field-role";
  return (
    <FieldShell id={id} label={t("role")} error={error}>
      <select id={id} name="role" required defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, null, error)} className={controlClasses(Boolean(error))}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tRoles(r)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import type { TMaskedPii } from "@/server/deputies/pii";
import { Fields } from "@/features/directory/components/fields";
import { RevealValue } from "./reveal-button";

type TProps = { deputyId: string; pii: TMaskedPii; bio: string | null; canReveal: boolean };

/** Contact details, masked; with deputy:revealPii each recorded value has a deliberate, audited "show". */
export async function ContactCard({ deputyId, pii, bio, canReveal }: TProps) {
  const t = await getTranslations("register.detail");
  const value = (field: keyof TMaskedPii) =>
    pii[field] === "" ? t("notRecorded") : canReveal ? <RevealValue deputyId={deputyId} field={field} masked={pii[field]} /> : <span className="font-mono" data-testid={`pii-${field}`}>{pii[field]}</span>;
  return (
    <Card title={t("contact")}>
      <p className="mb-3 text-sm text-gray-600">{t("maskedNote")}</p>
      <Fields
        none={t("notRecorded")}
        items={[
          { label: t("idCard"), value: value("idCard") },
          { label: t("phone"), value: value("phone") },
          { label: t("address"), value: value("address") },
          { label: t("bio"), value: bio ? <span className="whitespace-pre-line">{bio}</span> : null },
        ]}
      />
    </Card>
  );
}

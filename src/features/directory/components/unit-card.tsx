import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import type { TUnitDetail } from "@/server/directory/units";
import { Fields } from "./fields";

export async function UnitCard({ unit }: { unit: TUnitDetail }) {
  const [t, te, td] = await Promise.all([getTranslations("directory.myUnit"), getTranslations("enums"), getTranslations("directory")]);
  return (
    <Card title={unit.name}>
      <Fields
        none={td("none")}
        items={[
          { label: t("kind"), value: te(`unitKind.${unit.kind}`) },
          { label: t("region"), value: unit.regionPath.join(" · ") },
          { label: t("committee"), value: unit.committeeName },
          { label: t("status"), value: unit.active ? td("active") : td("inactive") },
        ]}
      />
    </Card>
  );
}

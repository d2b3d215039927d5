import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui";
import { UnitCard } from "@/features/directory/components/unit-card";
import { getOwnUnit } from "@/server/directory/units";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory.myUnit"))("title") };
}

/** The unit of the signed-in UNIT account, from its session: no parameter names another unit. */
export default async function MyUnitPage() {
  const actor = await requirePermission("unit:readOwn");
  const [t, unit] = await Promise.all([getTranslations("directory.myUnit"), getOwnUnit(actor)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {unit ? <UnitCard unit={unit} /> : <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
    </>
  );
}

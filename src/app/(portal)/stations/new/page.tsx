import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui";
import { BackLink } from "@/features/directory/components/fields";
import { createStationAction } from "@/features/stations/actions";
import { SpecForm } from "@/features/stations/components/spec-form";
import { stationFormFields } from "@/features/stations/station-fields";
import { deputyOptionsForCommittee, managerOptions, regionOptions } from "@/server/stations/options";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stations"))("newTitle") };
}

/** Staff register a station of any kind in their committee's region. */
export default async function NewStationPage() {
  const actor = await requirePermission("station:write");
  const [t, regions, managers, deputies] = await Promise.all([
    getTranslations("stations"),
    regionOptions(actor),
    managerOptions(actor),
    actor.committeeId ? deputyOptionsForCommittee(actor.committeeId) : Promise.resolve([]),
  ]);
  return (
    <>
      <BackLink href="/stations">{t("backToList")}</BackLink>
      <PageHeader title={t("newTitle")} description={t("newHint")} />
      <Card>
        <SpecForm action={createStationAction} fields={await stationFormFields({ regions, managers, deputies })} submitLabel={t("create")} testId="station-form" />
      </Card>
    </>
  );
}

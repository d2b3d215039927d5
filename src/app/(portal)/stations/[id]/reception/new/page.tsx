import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui";
import { BackLink } from "@/features/directory/components/fields";
import { orDenied } from "@/features/stations/load";
import { publishReceptionAction } from "@/features/stations/actions";
import { SpecForm } from "@/features/stations/components/spec-form";
import { receptionFields } from "@/features/stations/station-fields";
import { stationToRun } from "@/server/stations/access";
import { stationDeputyOptions } from "@/server/stations/options";
import { todayKey } from "@/server/stations/reception";
import { requireUser } from "@/server/session";

/** The station's manager or its committee's staff publish a reception day with the deputies on duty. */
export default async function NewReceptionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const [t, station, deputies] = await Promise.all([getTranslations("stations.reception"), orDenied(stationToRun(actor, id)), orDenied(stationDeputyOptions(actor, id))]);
  return (
    <>
      <BackLink href={`/stations/${id}`}>{station.name}</BackLink>
      <PageHeader title={t("publishTitle")} description={t("publishHint")} />
      <Card>
        <SpecForm action={publishReceptionAction} fields={await receptionFields(id, deputies, todayKey(new Date()))} submitLabel={t("publish")} testId="reception-form" />
      </Card>
    </>
  );
}

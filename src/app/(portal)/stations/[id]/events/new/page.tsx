import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui";
import { BackLink } from "@/features/directory/components/fields";
import { orDenied } from "@/features/stations/load";
import { createEventAction } from "@/features/stations/actions";
import { SpecForm } from "@/features/stations/components/spec-form";
import { eventFields } from "@/features/stations/station-fields";
import { stationToRun } from "@/server/stations/access";
import { deputyOptionsForStation, unitOptionsForStation } from "@/server/stations/options";
import { todayKey } from "@/server/stations/reception";
import { requireUser } from "@/server/session";

/** 小深微, 代表·局长面对面 and 三官一员一师 sessions, with the deputies and units who took part. */
export default async function NewEventPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const [t, station, deputies, units] = await Promise.all([
    getTranslations("stations.events"),
    orDenied(stationToRun(actor, id)),
    orDenied(deputyOptionsForStation(actor, id)),
    orDenied(unitOptionsForStation(actor, id)),
  ]);
  return (
    <>
      <BackLink href={`/stations/${id}`}>{station.name}</BackLink>
      <PageHeader title={t("newTitle")} description={t("newHint")} />
      <Card>
        <SpecForm action={createEventAction} fields={await eventFields(id, deputies, units, todayKey(new Date()))} submitLabel={t("submit")} testId="event-form" />
      </Card>
    </>
  );
}

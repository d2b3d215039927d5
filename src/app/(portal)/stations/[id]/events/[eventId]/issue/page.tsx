import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui";
import { BackLink } from "@/features/directory/components/fields";
import { orDenied } from "@/features/stations/load";
import { raiseIssueAction } from "@/features/stations/actions";
import { SpecForm } from "@/features/stations/components/spec-form";
import { issueFields } from "@/features/stations/station-fields";
import { stationToRun } from "@/server/stations/access";
import { stationEvents } from "@/server/stations/events";
import { requireUser } from "@/server/session";

/** An issue raised at an event enters the loop in one step (source FACE_TO_FACE). */
export default async function RaiseIssuePage({ params }: { params: Promise<{ id: string; eventId: string }> }) {
  const actor = await requireUser();
  const { id, eventId } = await params;
  const [t, station] = await Promise.all([getTranslations("stations.issue"), orDenied(stationToRun(actor, id))]);
  const event = (await stationEvents(station.id, 500)).find((e) => e.id === eventId);
  if (!event) notFound();
  return (
    <>
      <BackLink href={`/stations/${id}#events`}>{station.name}</BackLink>
      <PageHeader title={t("title_page", { event: event.title })} description={t("hint")} />
      <Card>
        <SpecForm action={raiseIssueAction} fields={await issueFields(id, eventId)} submitLabel={t("submit")} testId="issue-form" />
      </Card>
    </>
  );
}

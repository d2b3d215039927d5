import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { BackLink } from "@/features/directory/components/fields";
import { StationDetail } from "@/features/directory/components/station-detail";
import { orNotFound } from "@/features/directory/load";
import { getStation } from "@/server/directory/stations";
import { requirePermission } from "@/server/session";

/** A station in the caller's scope with the deputies on duty; outside it, a 404. */
export default async function StationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("station:read");
  const { id } = await params;
  const [t, station] = await Promise.all([getTranslations("directory.stations"), orNotFound(getStation(actor, id))]);
  return (
    <>
      <BackLink href="/stations">{t("backToList")}</BackLink>
      <PageHeader title={station.name} />
      <StationDetail station={station} linkDeputies={can(actor.role, "deputy:read")} />
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { Card, PageHeader } from "@/components/ui";
import { BackLink } from "@/features/directory/components/fields";
import { orDenied } from "@/features/stations/load";
import { updateOwnStationAction, updateStationAction } from "@/features/stations/actions";
import { SpecForm } from "@/features/stations/components/spec-form";
import { ownStationFields, stationFormFields } from "@/features/stations/station-fields";
import { deputyOptionsForStation, managerOptions, regionOptions, stationForEdit } from "@/server/stations/options";
import { requireUser } from "@/server/session";

/** Staff edit every field; a station manager the address and the deputies on duty of their own station. */
export default async function EditStationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (actor.role !== "STAFF" && actor.role !== "STATION_MANAGER") forbidden();
  const { id } = await params;
  const [t, station, deputies] = await Promise.all([getTranslations("stations"), orDenied(stationForEdit(actor, id)), orDenied(deputyOptionsForStation(actor, id))]);
  const staff = actor.role === "STAFF";
  const fields = staff
    ? await stationFormFields({ stationId: id, regions: await regionOptions(actor), managers: await managerOptions(actor), deputies, values: station })
    : await ownStationFields(id, deputies, station);
  return (
    <>
      <BackLink href={`/stations/${id}`}>{station.name}</BackLink>
      <PageHeader title={t("editTitle", { name: station.name })} description={staff ? t("editStaffHint") : t("editManagerHint")} />
      <Card>
        <SpecForm action={staff ? updateStationAction : updateOwnStationAction} fields={fields} submitLabel={t("save")} testId="station-form" />
      </Card>
    </>
  );
}

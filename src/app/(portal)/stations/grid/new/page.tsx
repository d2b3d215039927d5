import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui";
import { BackLink } from "@/features/directory/components/fields";
import { createCellAction } from "@/features/grid/actions";
import { GRID_LIMITS } from "@/features/grid/schemas";
import { SpecForm } from "@/features/stations/components/spec-form";
import { townshipOptions } from "@/server/grid/cells";
import { deputyOptionsForCommittee } from "@/server/stations/options";
import { requirePermission } from "@/server/session";

/** Staff draw a grid cell in a township and attach deputies. */
export default async function NewCellPage() {
  const actor = await requirePermission("station:write");
  const [t, townships, deputies] = await Promise.all([getTranslations("grid"), townshipOptions(actor), actor.committeeId ? deputyOptionsForCommittee(actor.committeeId) : Promise.resolve([])]);
  return (
    <>
      <BackLink href="/stations/grid">{t("title")}</BackLink>
      <PageHeader title={t("new")} />
      <Card>
        <SpecForm
          action={createCellAction}
          submitLabel={t("create")}
          fields={[
            { kind: "select", name: "regionId", label: t("township"), required: true, options: townships, placeholder: t("choose") },
            { kind: "text", name: "name", label: t("name"), required: true, maxLength: GRID_LIMITS.name },
            { kind: "text", name: "description", label: t("descriptionField"), maxLength: GRID_LIMITS.description },
            { kind: "checkboxes", name: "deputyIds", label: t("deputies"), options: deputies, empty: t("noDeputyOptions") },
          ]}
        />
      </Card>
    </>
  );
}

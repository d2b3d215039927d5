import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { DeputyProfile } from "@/features/directory/components/deputy-profile";
import { BackLink } from "@/features/directory/components/fields";
import { orNotFound } from "@/features/directory/load";
import { getDeputy } from "@/server/directory/deputies";
import { requirePermission } from "@/server/session";

/** A deputy in the caller's scope; anyone else's deputy is a 404 (its existence is not revealed). */
export default async function DeputyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("deputy:read");
  const { id } = await params;
  const [t, deputy] = await Promise.all([getTranslations("directory.deputies"), orNotFound(getDeputy(actor, id))]);
  return (
    <>
      <BackLink href="/deputies">{t("backToList")}</BackLink>
      <PageHeader title={deputy.name} />
      <DeputyProfile deputy={deputy} linkGroups={can(actor.role, "group:read")} linkStations={can(actor.role, "station:read")} />
    </>
  );
}

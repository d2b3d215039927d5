import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { DeputyProfile } from "@/features/directory/components/deputy-profile";
import { getOwnDeputyProfile } from "@/server/directory/deputies";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory.me"))("title") };
}

/** The signed-in deputy's own record: there is no parameter, so no one else's can be asked for. */
export default async function MyProfilePage() {
  const actor = await requirePermission("deputy:readSelf");
  const [t, deputy] = await Promise.all([getTranslations("directory.me"), getOwnDeputyProfile(actor)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {deputy ? (
        <DeputyProfile deputy={deputy} linkGroups={can(actor.role, "group:read")} linkStations={can(actor.role, "station:read")} />
      ) : (
        <EmptyState title={t("noRecord")}>{t("noRecordHint")}</EmptyState>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { ContactCard } from "@/features/deputies/components/contact-card";
import { OwnProfileForm } from "@/features/deputies/components/own-profile-form";
import { DeputyProfile } from "@/features/directory/components/deputy-profile";
import { getOwnProfileValues } from "@/server/deputies/queries";
import { getOwnDeputyProfile } from "@/server/directory/deputies";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory.me"))("title") };
}

/** The signed-in deputy's own record: there is no parameter, so no one else's can be asked for. */
export default async function MyProfilePage() {
  const actor = await requirePermission("deputy:readSelf");
  const [t, deputy, own] = await Promise.all([
    getTranslations("directory.me"),
    getOwnDeputyProfile(actor),
    can(actor.role, "deputy:editSelf") ? getOwnProfileValues(actor) : Promise.resolve(null),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {deputy ? (
        <div className="space-y-6">
          {own ? <OwnProfileForm values={own} /> : null}
          <ContactCard deputyId={deputy.id} pii={deputy.pii} bio={deputy.bio} canReveal={false} />
          <DeputyProfile deputy={deputy} linkGroups={can(actor.role, "group:read")} linkStations={can(actor.role, "station:read")} />
        </div>
      ) : (
        <EmptyState title={t("noRecord")}>{t("noRecordHint")}</EmptyState>
      )}
    </>
  );
}

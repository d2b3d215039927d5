import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { Stack } from "@/features/directory/components/fields";
import { StationDetail } from "@/features/directory/components/station-detail";
import { listManagedStations } from "@/server/directory/stations";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory.myStation"))("title") };
}

/** The stations this manager runs (managerId = their account), each with its deputies on duty. */
export default async function MyStationPage() {
  const actor = await requirePermission("station:manageOwn");
  const [t, stations] = await Promise.all([getTranslations("directory.myStation"), listManagedStations(actor)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {stations.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Stack>
          {stations.map((s) => (
            <StationDetail key={s.id} station={s} linkDeputies={can(actor.role, "deputy:read")} nameAsTitle />
          ))}
        </Stack>
      )}
    </>
  );
}

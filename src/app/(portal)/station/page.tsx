import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader, buttonClasses } from "@/components/ui";
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
  const [t, ts, stations] = await Promise.all([getTranslations("directory.myStation"), getTranslations("stations"), listManagedStations(actor)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {stations.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Stack>
          {stations.map((s) => (
            <div key={s.id} className="space-y-3">
              <p className="flex flex-wrap gap-2">
                <Link href={`/stations/${s.id}`} className={buttonClasses("primary", "sm")}>
                  {ts("workspace", { name: s.name })}
                </Link>
                <Link href={`/stations/${s.id}/reception/new`} className={buttonClasses("secondary", "sm")}>
                  {ts("reception.publish")}
                </Link>
                <Link href={`/public/stations/${s.id}`} className={buttonClasses("secondary", "sm")}>
                  {ts("publicPage")}
                </Link>
              </p>
              <StationDetail station={s} linkDeputies={can(actor.role, "deputy:read")} nameAsTitle />
            </div>
          ))}
        </Stack>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { BackLink, linkClass, Stack } from "@/features/directory/components/fields";
import { stationNetworks, type TNetworkStation } from "@/server/stations/overview";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stations.network"))("title") };
}

function StationLinks({ stations }: { stations: TNetworkStation[] }) {
  return (
    <ul className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {stations.map((s) => (
        <li key={s.id}>
          <Link href={`/stations/${s.id}`} className={linkClass}>
            {s.name}
          </Link>
          {s.theme ? <span className="text-gray-600">（{s.theme}）</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The county's "16+1+N": township/street stations + contact point + specialty and industry stations. */
export default async function StationNetworkPage() {
  const actor = await requirePermission("station:read");
  const [t, networks] = await Promise.all([getTranslations("stations.network"), stationNetworks(actor)]);
  return (
    <>
      <BackLink href="/stations">{t("back")}</BackLink>
      <PageHeader title={t("title")} description={t("description")} />
      {networks.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Stack>
          {networks.map((n) => (
            <Card key={n.regionId} title={t("county", { name: n.regionName, formula: n.network.formula })}>
              <div className="space-y-4" data-testid={`network-${n.regionName}`}>
                <section>
                  <h3 className="mb-1 font-medium text-gray-900">{t("township", { count: n.network.township.length })}</h3>
                  {n.network.township.length > 0 ? <StationLinks stations={n.network.township} /> : <p className="text-sm text-gray-600">{t("none")}</p>}
                </section>
                <section>
                  <h3 className="mb-1 font-medium text-gray-900">{t("contactPoints", { count: n.network.contactPoints.length })}</h3>
                  {n.network.contactPoints.length > 0 ? <StationLinks stations={n.network.contactPoints} /> : <p className="text-sm text-gray-600">{t("none")}</p>}
                </section>
                <section>
                  <h3 className="mb-1 font-medium text-gray-900">{t("specialties", { count: n.network.specialties.length })}</h3>
                  {n.network.specialties.length > 0 ? <StationLinks stations={n.network.specialties} /> : <p className="text-sm text-gray-600">{t("none")}</p>}
                </section>
              </div>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}

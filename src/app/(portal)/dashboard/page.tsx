import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { DashboardFilterForm } from "@/features/dashboard/components/filter-form";
import { DashboardView } from "@/features/dashboard/components/dashboard-view";
import { ZDashboardFilters, type TSearchParams } from "@/features/dashboard/search-params";
import { ForbiddenError } from "@/server/errors";
import { getDashboard } from "@/server/dashboard/queries";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("pageTitle") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("dashboard:view");
  const filters = ZDashboardFilters.parse(await searchParams);
  const data = await getDashboard(actor, filters).catch((e: unknown) => {
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  });
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const regions = data.scope.regionOptions.map((r) => ({ id: r.id, name: `${"\u3000".repeat(r.depth)}${r.name}` }));
  return (
    <>
      <PageHeader
        title={t("pageTitle")}
        description={
          <>
            <span className="block">{t("intro", { region: data.scope.region.name })}</span>
            <span className="mt-1 block font-medium text-gray-900" title={t("updatedHint")}>
              {t("updatedAt", { time: format.dateTime(data.refreshedAt, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) })}
            </span>
          </>
        }
      />
      <DashboardFilterForm filters={filters} years={data.years} regions={regions} />
      <DashboardView groups={data.groups} filters={filters} />
    </>
  );
}

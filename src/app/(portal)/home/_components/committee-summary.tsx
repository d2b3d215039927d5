import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import type { THomeSummary } from "@/server/home/queries";
import { CountList, GRID, StatCard } from "./stat";

type TCommittee = Extract<THomeSummary, { kind: "committee" }>;

/** STAFF and LEADER: deputies by level, stations, groups and units in the committee's area. */
export function CommitteeSummary({ summary }: { summary: TCommittee }) {
  const t = useTranslations("home.committee");
  const tLevel = useTranslations("enums.deputyLevel");
  const total = summary.deputiesByLevel.reduce((sum, row) => sum + row.count, 0);
  return (
    <div className="space-y-4">
      <div className={GRID}>
        <StatCard label={t("deputies")} value={total} hint={t("deputiesHint")} />
        <StatCard label={t("stations")} value={summary.stations} hint={t("stationsHint")} />
        <StatCard label={t("groups")} value={summary.groups} hint={t("groupsHint")} />
        <StatCard label={t("units")} value={summary.units} hint={t("unitsHint")} />
      </div>
      {total === 0 ? (
        <EmptyState>{t("noDeputies")}</EmptyState>
      ) : (
        <section aria-labelledby="deputies-by-level" className="rounded-lg border border-gray-200 bg-white p-4 sm:p-5">
          <h3 id="deputies-by-level" className="text-base font-semibold text-gray-900">
            {t("deputies")} <span className="font-normal text-gray-700">· {t("deputiesTotal", { count: total })}</span>
          </h3>
          <div className="mt-2 max-w-md">
            <CountList rows={summary.deputiesByLevel.map((row) => ({ key: row.level, label: tLevel(row.level), count: row.count }))} />
          </div>
        </section>
      )}
    </div>
  );
}

import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, controlClasses } from "@/components/ui";
import { CompactOptions } from "@/components/ui/compact-options";
import { DEPUTY_LEVELS } from "@/domain/dashboard/levels";
import type { TDashboardFilters } from "../search-params";

type TOption = { id: string; name: string };

/** A plain GET form: works without JavaScript, and the URL is the bookmarkable filter. */
export async function DashboardFilterForm({ filters, years, regions }: { filters: TDashboardFilters; years: number[]; regions: TOption[] }) {
  const [t, tLevel] = await Promise.all([getTranslations("dashboard.filter"), getTranslations("enums.deputyLevel")]);
  const yearList = filters.year !== undefined && !years.includes(filters.year) ? [filters.year, ...years] : years;
  const any = filters.year !== undefined || filters.region || filters.level;
  return (
    <form method="get" action="/dashboard" role="search" aria-label={t("label")} className="mb-6 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="dash-year" className="block text-sm font-medium">
          {t("year")}
        </label>
        <select id="dash-year" name="year" defaultValue={filters.year ?? ""} className={controlClasses(false)}>
          <option value="">{t("allYears")}</option>
          {yearList.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="dash-region" className="block text-sm font-medium">
          {t("region")}
        </label>
        <select id="dash-region" name="region" defaultValue={filters.region ?? ""} className={controlClasses(false)}>
          <CompactOptions items={regions.map((r, i) => [i === 0 ? "" : r.id, r.name] as const)} />
        </select>
      </div>
      <div>
        <label htmlFor="dash-level" className="block text-sm font-medium">
          {t("level")}
        </label>
        <select id="dash-level" name="level" defaultValue={filters.level ?? ""} className={controlClasses(false)}>
          <option value="">{t("allLevels")}</option>
          {DEPUTY_LEVELS.map((l) => (
            <option key={l} value={l}>
              {tLevel(l)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        {t("submit")}
      </button>
      {any ? (
        <Link href="/dashboard" className={buttonClasses("ghost")}>
          {t("reset")}
        </Link>
      ) : null}
    </form>
  );
}

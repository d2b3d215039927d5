import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, controlClasses } from "@/components/ui";
import { CompactOptions } from "@/components/ui/compact-options";
import { TRACKING_SOURCES } from "@/domain/tracking-number";
import { DEFAULT_WORKFLOW_CONFIG } from "@/domain/workflow/facts";
import { OVERDUE_FILTERS } from "@/domain/workflow/overdue";
import { SATISFACTIONS, STAGES } from "@/domain/workflow/stages";
import type { TUnitOption } from "@/server/items/list";
import { hasFilters, type TItemSearch } from "../search-params";

type TOption = { value: string; label: string };

function Select({ id, name, label, any, value, options }: { id: string; name: string; label: string; any: string; value?: string; options: TOption[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={controlClasses(false)}>
        <option value="">{any}</option>
        <CompactOptions items={options.map((o) => [o.value, o.label] as const)} />
      </select>
    </div>
  );
}

/** A plain GET form: works without JavaScript, and the URL is the bookmarkable filter. */
export async function ItemFilterForm({ search, units }: { search: TItemSearch; units: TUnitOption[] }) {
  const [t, tStage, tSource, tSat] = await Promise.all([
    getTranslations("itemLists"),
    getTranslations("workflow.stage"),
    getTranslations("workflow.source"),
    getTranslations("workflow.satisfaction"),
  ]);
  const any = t("filter.any");
  return (
    <form method="get" action="/items" role="search" aria-label={t("filter.label")} className="mb-4 space-y-3 rounded-lg border border-gray-200 bg-white p-4">
      <div>
        <label htmlFor="filter-q" className="block text-sm font-medium">
          {t("filter.q")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={search.q ?? ""}
          maxLength={100}
          aria-describedby="filter-q-hint"
          className={`${controlClasses(false)} w-full max-w-xl`}
        />
        <p id="filter-q-hint" className="mt-1 text-sm text-gray-600">
          {t("filter.qHint")}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Select id="filter-stage" name="stage" label={t("filter.stage")} any={any} value={search.stage} options={STAGES.map((s) => ({ value: s, label: tStage(s) }))} />
        <Select id="filter-source" name="source" label={t("filter.source")} any={any} value={search.source} options={TRACKING_SOURCES.map((s) => ({ value: s, label: tSource(s) }))} />
        {units.length > 0 ? (
          <Select id="filter-unit" name="unit" label={t("filter.unit")} any={any} value={search.unit} options={units.map((u) => ({ value: u.id, label: u.name }))} />
        ) : null}
        <Select
          id="filter-class"
          name="class"
          label={t("filter.class")}
          any={any}
          value={search.class}
          options={DEFAULT_WORKFLOW_CONFIG.resultClasses.map((c) => ({ value: c, label: t("filter.classOption", { cls: c }) }))}
        />
        <Select id="filter-satisfaction" name="satisfaction" label={t("filter.satisfaction")} any={any} value={search.satisfaction} options={SATISFACTIONS.map((s) => ({ value: s, label: tSat(s) }))} />
        <Select id="filter-overdue" name="overdue" label={t("filter.overdue")} any={any} value={search.overdue} options={OVERDUE_FILTERS.map((o) => ({ value: o, label: t(`overdue.${o}`) }))} />
        <button type="submit" className={buttonClasses("secondary")}>
          {t("filter.submit")}
        </button>
        {hasFilters(search) ? (
          <Link href="/items" className={buttonClasses("ghost")}>
            {t("filter.reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, controlClasses, Field, FieldShell } from "@/components/ui";
import { CompactOptions } from "@/components/ui/compact-options";
import type { TDeputyFilterOptions } from "@/server/directory/filter-options";
import { DEPUTY_LEVELS } from "@/domain/vocabulary";
import { DEPUTY_STATUSES } from "@/domain/roster/fields";
import type { TRegisterSearch } from "../search-params";

type TSelectProps = { name: string; label: string; any: string; value?: string; options: { value: string; label: string }[] };

function Select({ name, label, any, value, options }: TSelectProps) {
  const id = `filter-${name}`;
  return (
    <FieldShell id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={controlClasses(false)}>
        <option value="">{any}</option>
        <CompactOptions items={options.map((o) => [o.value, o.label] as const)} />
      </select>
    </FieldShell>
  );
}

/** A plain GET form: works without JavaScript, and the URL is the bookmarkable search. */
export async function DeputyFilterForm({ search, options }: { search: TRegisterSearch; options: TDeputyFilterOptions }) {
  const [t, te, tr] = await Promise.all([getTranslations("directory.filters"), getTranslations("enums"), getTranslations("register.list")]);
  const toOptions = (list: { id: string; name: string }[]) => list.map((o) => ({ value: o.id, label: o.name }));
  const levels = DEPUTY_LEVELS.map((l) => ({ value: l, label: te(`deputyLevel.${l}`) }));
  return (
    <form method="get" action="/deputies" role="search" aria-label={t("legend")} className="mb-6 rounded-lg border border-gray-200 bg-white p-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field name="q" id="filter-q" type="search" maxLength={30} autoComplete="off" label={t("q")} hint={tr("searchHint")} defaultValue={search.q ?? ""} />
        <Select name="level" label={t("level")} any={t("any")} value={search.level} options={levels} />
        <Select name="region" label={t("region")} any={t("any")} value={search.region} options={toOptions(options.regions)} />
        <Select name="group" label={t("group")} any={t("any")} value={search.group} options={toOptions(options.groups)} />
        <Select name="station" label={t("station")} any={t("any")} value={search.station} options={toOptions(options.stations)} />
        <Select name="status" label={tr("status")} any={t("any")} value={search.status} options={DEPUTY_STATUSES.map((s) => ({ value: s, label: te(`deputyStatus.${s}`) }))} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClasses("primary", "md")}>
          {t("submit")}
        </button>
        <Link href="/deputies" className={buttonClasses("ghost", "md")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}

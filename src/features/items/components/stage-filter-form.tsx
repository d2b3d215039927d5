import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, controlClasses } from "@/components/ui";
import { STAGES, type TStage } from "@/domain/workflow/stages";

/** A plain GET form: works without JavaScript, and the URL is the bookmarkable filter. */
export async function StageFilterForm({ stage }: { stage?: TStage }) {
  const [t, tStage] = await Promise.all([getTranslations("items.filter"), getTranslations("workflow.stage")]);
  return (
    <form method="get" action="/items" role="search" aria-label={t("label")} className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="filter-stage" className="block text-sm font-medium">
          {t("stage")}
        </label>
        <select id="filter-stage" name="stage" defaultValue={stage ?? ""} className={controlClasses(false)}>
          <option value="">{t("any")}</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {tStage(s)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        {t("submit")}
      </button>
      {stage ? (
        <Link href="/items" className={buttonClasses("ghost")}>
          {t("reset")}
        </Link>
      ) : null}
    </form>
  );
}

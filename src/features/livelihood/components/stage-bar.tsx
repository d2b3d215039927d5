import { getTranslations } from "next-intl/server";
import { LIVELIHOOD_STAGES, type TLivelihoodStage } from "@/domain/livelihood/stages";
import { cx } from "@/components/ui";

/** 征集 → 初定 → 审议 → 票决 → 监督 → 评估 → 归档, the current stage marked. */
export async function StageBar({ stage }: { stage: TLivelihoodStage }) {
  const t = await getTranslations("livelihood");
  const at = LIVELIHOOD_STAGES.indexOf(stage);
  return (
    <ol aria-label={t("stagesLabel")} className="mb-6 flex flex-wrap gap-2 text-sm">
      {LIVELIHOOD_STAGES.map((s, i) => (
        <li
          key={s}
          aria-current={s === stage ? "step" : undefined}
          className={cx("rounded-full px-3 py-1 ring-1", s === stage ? "bg-brand-700 font-semibold text-white ring-brand-700" : i < at ? "bg-gray-100 text-gray-800 ring-gray-300" : "bg-white text-gray-600 ring-gray-300")}
        >
          {t(`stage.${s}`)}
        </li>
      ))}
    </ol>
  );
}

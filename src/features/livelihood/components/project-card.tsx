import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui";
import { RATINGS } from "@/domain/livelihood/supervision";
import { activityRefusal, type TLivelihoodStage } from "@/domain/livelihood/stages";
import type { TRole } from "@/domain/roles";
import type { TProjectView } from "@/server/livelihood/supervision";
import { inspectionAction, milestoneAction, progressAction, rateAction } from "../actions";
import { LivelihoodForm } from "./livelihood-form";

type TProps = { project: TProjectView; role: TRole; stage: TLivelihoodStage; viewerUnitId: string | null; today: string };

/** A chosen project: milestones (overdue flagged), the unit's reports, inspections, year-end ratings. */
export async function ProjectCard({ project: p, role, stage, viewerUnitId, today }: TProps) {
  const [t, format] = await Promise.all([getTranslations("livelihood"), getFormatter()]);
  const may = (a: Parameters<typeof activityRefusal>[1]) => activityRefusal(stage, a, role) === null;
  const reports = may("reportProgress") && viewerUnitId !== null && viewerUnitId === p.unitId;
  const r = p.ratings;
  return (
    <Card className="space-y-4">
      <div>
        <h3 className="text-lg font-semibold">{p.title}</h3>
        <p className="text-sm text-gray-700">{t("projects.unit", { unit: p.unitName ?? t("none") })}</p>
      </div>
      <section aria-label={`${t("milestone.title")} ${p.title}`}>
        <h4 className="font-medium">{t("milestone.title")}</h4>
        {p.milestones.length === 0 ? <p className="text-sm text-gray-600">{t("milestone.none")}</p> : null}
        <ul className="space-y-3">
          {p.milestones.map((m) => (
            <li key={m.id} className="rounded border border-gray-200 p-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{m.title}</span>
                <span className="text-sm text-gray-700">{t("milestone.dueOn")} {m.dueOn}</span>
                <span className="text-sm">{m.progress}%</span>
                {m.overdue ? <Badge tone="brand">{t("milestone.overdue")}</Badge> : m.progress >= 100 ? <Badge tone="success">{t("milestone.done")}</Badge> : <Badge tone="info">{t("milestone.onTrack")}</Badge>}
              </div>
              {m.note ? <p className="mt-1 text-sm">{m.note}</p> : null}
              {m.reportedAt ? <p className="text-xs text-gray-600">{t("milestone.lastReport", { at: format.dateTime(m.reportedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p> : null}
              {reports ? (
                <div className="mt-2">
                  <LivelihoodForm
                    action={progressAction}
                    label={`${t("milestone.report")} ${m.title}`}
                    hidden={{ milestoneId: m.id }}
                    fields={[
                      { name: "progress", label: t("milestone.progress"), kind: "number", min: 0, max: 100, defaultValue: String(m.progress) },
                      { name: "note", label: t("milestone.note"), kind: "textarea", max: 2000 },
                    ]}
                    submitLabel={t("milestone.report")}
                    successMessage={t("milestone.reported")}
                    variant="secondary"
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        {may("addMilestone") ? (
          <div className="mt-3">
            <LivelihoodForm
              action={milestoneAction}
              label={`${t("milestone.add")} ${p.title}`}
              hidden={{ candidateId: p.id }}
              fields={[
                { name: "title", label: t("milestone.title"), kind: "text", max: 120 },
                { name: "dueOn", label: t("milestone.dueOn"), kind: "date" },
              ]}
              submitLabel={t("milestone.add")}
              variant="secondary"
            />
          </div>
        ) : null}
      </section>
      <section aria-label={`${t("inspection.title")} ${p.title}`}>
        <h4 className="font-medium">{t("inspection.title")}</h4>
        <p className="text-sm text-gray-700">{t("inspection.count", { count: p.inspections.length })}</p>
        <ul className="text-sm">
          {p.inspections.map((i) => (
            <li key={i.id}>
              {i.date} {i.deputyName}：{i.findings}
            </li>
          ))}
        </ul>
        {may("inspect") ? (
          <LivelihoodForm
            action={inspectionAction}
            label={`${t("inspection.record")} ${p.title}`}
            hidden={{ candidateId: p.id }}
            fields={[
              { name: "date", label: t("inspection.date"), kind: "date", defaultValue: today },
              { name: "findings", label: t("inspection.findings"), kind: "textarea", max: 3000 },
            ]}
            submitLabel={t("inspection.record")}
            successMessage={t("inspection.recorded")}
            variant="secondary"
          />
        ) : null}
      </section>
      <section aria-label={`${t("rate.title")} ${p.title}`}>
        <h4 className="font-medium">{t("rate.title")}</h4>
        <p className="text-sm">{t("rate.summary", { s: r.SATISFIED, b: r.BASICALLY_SATISFIED, d: r.DISSATISFIED, total: r.total })}</p>
        {r.satisfiedShare !== null ? <p className="text-sm">{t("rate.share", { share: format.number(r.satisfiedShare, { style: "percent", maximumFractionDigits: 1 }) })}</p> : null}
        {p.myRating ? <p className="text-sm font-medium">{t("rate.mine", { rating: t(`rate.${p.myRating}`) })}</p> : null}
        {may("rate") && !p.myRating ? (
          <LivelihoodForm
            action={rateAction}
            label={`${t("rate.title")} ${p.title}`}
            hidden={{ candidateId: p.id }}
            fields={[{ name: "rating", label: t("rate.rating"), kind: "radios", options: RATINGS.map((x) => ({ value: x, label: t(`rate.${x}`) })) }]}
            submitLabel={t("rate.submit")}
          />
        ) : null}
      </section>
    </Card>
  );
}

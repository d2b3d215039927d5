import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader, buttonClasses } from "@/components/ui";
import { activityRefusal, nextStep } from "@/domain/livelihood/stages";
import { can } from "@/domain/permissions";
import { noteAction, proposeAction, stepPlanAction } from "@/features/livelihood/actions";
import { CandidateTable } from "@/features/livelihood/components/candidate-table";
import { LivelihoodForm } from "@/features/livelihood/components/livelihood-form";
import { ProjectCard } from "@/features/livelihood/components/project-card";
import { StageBar } from "@/features/livelihood/components/stage-bar";
import { orNotFound, todayKey } from "@/features/livelihood/load";
import { planView, unitOptions } from "@/server/livelihood/candidates";
import { projectsView } from "@/server/livelihood/supervision";
import { ballotProgress } from "@/server/livelihood/vote";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livelihood"))("title") };
}

type TProps = { params: Promise<{ planId: string }> };

export default async function PlanPage({ params }: TProps) {
  const actor = await requirePermission("livelihood:read");
  const { planId } = await params;
  const { plan, candidates } = await orNotFound(planView(actor, planId));
  const manage = can(actor.role, "livelihood:manage");
  const [t, format, units, progress, projects] = await Promise.all([
    getTranslations("livelihood"),
    getFormatter(),
    manage ? unitOptions(actor, plan.id) : [],
    ballotProgress(actor, plan.id),
    ["SUPERVISION", "EVALUATION", "ARCHIVED"].includes(plan.stage) ? projectsView(actor, plan.id) : [],
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Asia/Shanghai" });
  const step = manage ? nextStep(plan.stage) : null;
  const proposing = activityRefusal(plan.stage, actor.role === "STAFF" ? "proposeGovernment" : "proposeDeputy", actor.role) === null;
  const shortlisted = candidates.filter((c) => c.shortlisted).length;
  return (
    <>
      <PageHeader
        title={plan.title}
        description={t("plan.window", { opens: day(plan.collectOpensAt), closes: day(plan.collectClosesAt) })}
        actions={
          <Link href="/livelihood" className="text-brand-700 underline">
            {t("back")}
          </Link>
        }
      />
      <StageBar stage={plan.stage} />
      <p className="mb-4 text-sm">{t("candidates.count", { total: candidates.length, shortlisted, seats: plan.seats })}</p>
      {progress ? (
        <Card className="mb-6">
          <h2 className="text-lg font-semibold">{t("vote.title")}</h2>
          <p className="my-2">{t("vote.progress", { issued: progress.issued, cast: progress.cast })}</p>
          <div className="flex flex-wrap gap-3">
            {progress.open && actor.role === "DEPUTY" ? (
              <Link href={`/livelihood/${plan.id}/ballot`} className={buttonClasses("primary")}>
                {t("vote.go")}
              </Link>
            ) : null}
            {!progress.open ? (
              <Link href={`/livelihood/${plan.id}/certificate`} className={buttonClasses("secondary")}>
                {t("cert.link")}
              </Link>
            ) : null}
          </div>
        </Card>
      ) : null}
      {step ? (
        <div className="mb-6">
          <LivelihoodForm action={stepPlanAction} label={t(`step.${step}`)} hidden={{ planId: plan.id, step }} fields={[]} submitLabel={t(`step.${step}`)} successMessage={t("plan.stepped")} />
        </div>
      ) : null}
      {plan.deliberationNote ? <Alert tone="info" className="mb-6">{`${t("plan.note")}：${plan.deliberationNote}`}</Alert> : null}
      {manage && plan.stage === "DELIBERATION" ? (
        <Card className="mb-6 max-w-xl">
          <LivelihoodForm action={noteAction} label={t("plan.note")} hidden={{ planId: plan.id }} fields={[{ name: "note", label: t("plan.note"), kind: "textarea", max: 3000 }]} submitLabel={t("plan.noteSave")} variant="secondary" />
        </Card>
      ) : null}
      <h2 className="mb-2 text-lg font-semibold">{t("candidates.title")}</h2>
      <CandidateTable role={actor.role} stage={plan.stage} candidates={candidates} units={units} />
      {proposing ? (
        <Card className="mt-6 max-w-xl">
          <h2 className="mb-3 text-lg font-semibold">{t("candidate.proposeTitle")}</h2>
          <LivelihoodForm
            action={proposeAction}
            label={t("candidate.proposeTitle")}
            hidden={{ planId: plan.id }}
            fields={[
              { name: "title", label: t("candidate.title"), kind: "text", max: 120 },
              { name: "description", label: t("candidate.description"), kind: "textarea", max: 3000 },
            ]}
            submitLabel={t("candidate.propose")}
            successMessage={t("candidate.proposed")}
          />
        </Card>
      ) : null}
      {["SUPERVISION", "EVALUATION", "ARCHIVED"].includes(plan.stage) ? (
        <section className="mt-8 space-y-4">
          <h2 className="text-lg font-semibold">{t("projects.title")}</h2>
          {projects.length === 0 ? <p>{t("projects.empty")}</p> : null}
          {projects.map((p) => (
            <ProjectCard key={p.id} project={p} role={actor.role} stage={plan.stage} viewerUnitId={actor.unitId} today={todayKey()} />
          ))}
        </section>
      ) : null}
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader } from "@/components/ui";
import { voteAction } from "@/features/livelihood/actions";
import { LivelihoodForm } from "@/features/livelihood/components/livelihood-form";
import { orNotFound } from "@/features/livelihood/load";
import { ballotForVoter } from "@/server/livelihood/vote";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livelihood"))("vote.title") };
}

/** The deputy's ballot paper: tick at most `seats` candidates; the page never shows what was chosen. */
export default async function BallotPage({ params }: { params: Promise<{ planId: string }> }) {
  const actor = await requirePermission("livelihood:vote");
  const { planId } = await params;
  const ballot = await orNotFound(ballotForVoter(actor, planId));
  const t = await getTranslations("livelihood");
  const back = (
    <Link href={`/livelihood/${planId}`} className="text-brand-700 underline">
      {t("back")}
    </Link>
  );
  if (!ballot || !ballot.open) {
    return (
      <>
        <PageHeader title={t("vote.title")} actions={back} />
        <Alert tone="info">{t("vote.notOpen")}</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("vote.title")} description={t("vote.intro", { seats: ballot.seats })} actions={back} />
      {ballot.hasVoted ? (
        <Alert tone="success">{t("vote.alreadyVoted")}</Alert>
      ) : (
        <Card className="max-w-xl">
          <LivelihoodForm
            action={voteAction}
            label={t("vote.title")}
            hidden={{ planId }}
            fields={[{ name: "choices", label: t("vote.choices", { seats: ballot.seats }), kind: "checkboxes", options: ballot.candidates.map((c) => ({ value: c.id, label: c.title })) }]}
            submitLabel={t("vote.submit")}
            successMessage={t("vote.cast")}
          />
        </Card>
      )}
    </>
  );
}

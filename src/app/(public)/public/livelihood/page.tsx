import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader } from "@/components/ui";
import { LivelihoodForm } from "@/features/livelihood/components/livelihood-form";
import { publicProposalAction } from "@/features/livelihood/public-actions";
import { listOpenPlans } from "@/server/livelihood/public";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livelihood"))("public.title") };
}

/** 征集: residents propose candidate livelihood projects while a plan's window is open; no account. */
export default async function PublicProposalPage() {
  const [t, format, plans] = await Promise.all([getTranslations("livelihood"), getFormatter(), listOpenPlans()]);
  const idempotencyKey = crypto.randomUUID();
  return (
    <>
      <PageHeader title={t("public.title")} description={t("public.intro")} />
      {plans.length === 0 ? (
        <Alert tone="info">{t("public.none")}</Alert>
      ) : (
        <Card>
          <LivelihoodForm
            action={publicProposalAction}
            label={t("public.title")}
            hidden={{ idempotencyKey }}
            fields={[
              {
                name: "planId",
                label: t("public.plan"),
                kind: "select",
                placeholder: t("public.choosePlan"),
                defaultValue: plans.length === 1 ? plans[0]!.id : "",
                options: plans.map((p) => ({ value: p.id, label: t("public.planOption", { committee: p.committeeName, title: p.title, closes: format.dateTime(p.closesAt, { dateStyle: "long", timeZone: "Asia/Shanghai" }) }) })),
              },
              { name: "title", label: t("candidate.title"), kind: "text", max: 120 },
              { name: "description", label: t("candidate.description"), kind: "textarea", max: 3000 },
              { name: "proposerName", label: t("public.name"), kind: "text", max: 60 },
            ]}
            submitLabel={t("public.submit")}
            successMessage={t("public.thanks")}
          />
        </Card>
      )}
    </>
  );
}

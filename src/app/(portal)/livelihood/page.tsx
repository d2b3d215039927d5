import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader, Table, type TColumn } from "@/components/ui";
import { can } from "@/domain/permissions";
import { createPlanAction } from "@/features/livelihood/actions";
import { LivelihoodForm } from "@/features/livelihood/components/livelihood-form";
import { orNotFound, todayKey } from "@/features/livelihood/load";
import { listPlans, type TPlanRow } from "@/server/livelihood/plans";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livelihood"))("title") };
}

export default async function LivelihoodPage() {
  const actor = await requirePermission("livelihood:read");
  const plans = await orNotFound(listPlans(actor));
  const t = await getTranslations("livelihood");
  const columns: TColumn<TPlanRow>[] = [
    { key: "year", header: t("columns.year"), rowHeader: true, cell: (r) => r.year },
    { key: "title", header: t("columns.title"), cell: (r) => <Link href={`/livelihood/${r.id}`} className="text-brand-700 underline">{r.title}</Link> },
    { key: "stage", header: t("columns.stage"), cell: (r) => t(`stage.${r.stage}`) },
    { key: "seats", header: t("columns.seats"), cell: (r) => r.seats },
    { key: "candidates", header: t("columns.candidates"), cell: (r) => r.candidates },
  ];
  const today = todayKey();
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Table caption={t("title")} captionHidden columns={columns} rows={plans} rowKey={(r) => r.id} empty={t("empty")} />
      {can(actor.role, "livelihood:manage") ? (
        <Card className="mt-8 max-w-xl">
          <h2 className="mb-3 text-lg font-semibold">{t("plan.createTitle")}</h2>
          <LivelihoodForm
            action={createPlanAction}
            label={t("plan.createTitle")}
            submitLabel={t("plan.create")}
            fields={[
              { name: "year", label: t("plan.year"), kind: "number", min: 2000, max: 2100, defaultValue: String(Number(today.slice(0, 4)) + 1) },
              { name: "title", label: t("plan.title"), kind: "text", max: 120 },
              { name: "seats", label: t("plan.seats"), kind: "number", min: 1, max: 50, hint: t("plan.seatsHint"), defaultValue: "10" },
              { name: "collectOpensOn", label: t("plan.opensOn"), kind: "date", defaultValue: today },
              { name: "collectClosesOn", label: t("plan.closesOn"), kind: "date", hint: t("plan.windowHint") },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}

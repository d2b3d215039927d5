import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader, Table } from "@/components/ui";
import { can } from "@/domain/permissions";
import { topicAction } from "@/features/livelihood/actions";
import { LivelihoodForm } from "@/features/livelihood/components/livelihood-form";
import { orNotFound, todayKey } from "@/features/livelihood/load";
import { SUPERVISION_KINDS, listTopics } from "@/server/livelihood/topics";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livelihood"))("topic.title") };
}

export default async function TopicsPage() {
  const actor = await requirePermission("supervision:read");
  const topics = await orNotFound(listTopics(actor));
  const t = await getTranslations("livelihood");
  type TRow = (typeof topics)[number];
  return (
    <>
      <PageHeader title={t("topic.title")} description={t("topic.intro")} />
      <Table<TRow>
        caption={t("topic.title")}
        captionHidden
        rows={topics}
        rowKey={(r) => r.id}
        empty={t("topic.empty")}
        columns={[
          { key: "year", header: t("topic.year"), cell: (r) => r.year },
          { key: "title", header: t("topic.name"), rowHeader: true, cell: (r) => <Link href={`/livelihood/topics/${r.id}`} className="text-brand-700 underline">{r.title}</Link> },
          { key: "kind", header: t("topic.kindLabel"), cell: (r) => t(`topic.kind.${r.kind}`) },
          { key: "participants", header: t("topic.participants"), cell: (r) => t("topic.participantsCount", { count: r.participants }) },
          { key: "findings", header: t("topic.findings"), cell: (r) => t("topic.findingsCount", { count: r.findings }) },
        ]}
      />
      {can(actor.role, "livelihood:manage") ? (
        <Card className="mt-8 max-w-xl">
          <h2 className="mb-3 text-lg font-semibold">{t("topic.createTitle")}</h2>
          <LivelihoodForm
            action={topicAction}
            label={t("topic.createTitle")}
            submitLabel={t("topic.create")}
            successMessage={t("topic.created")}
            fields={[
              { name: "kind", label: t("topic.kindLabel"), kind: "select", placeholder: t("topic.chooseKind"), options: SUPERVISION_KINDS.map((k) => ({ value: k, label: t(`topic.kind.${k}`) })) },
              { name: "year", label: t("topic.year"), kind: "number", min: 2000, max: 2100, defaultValue: todayKey().slice(0, 4) },
              { name: "title", label: t("topic.name"), kind: "text", max: 120 },
              { name: "description", label: t("topic.description"), kind: "textarea", max: 3000 },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}

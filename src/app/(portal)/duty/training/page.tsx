import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, Table } from "@/components/ui";
import { can } from "@/domain/permissions";
import { TRAINING_AUDIENCES } from "@/domain/duty/record-types";
import { CourseForm } from "@/features/duty/components/small-forms";
import { listCourses } from "@/server/duty/training";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.training"))("title") };
}

export default async function TrainingPage() {
  const actor = await requirePermission("learning:read");
  const t = await getTranslations("duty");
  const courses = await listCourses(actor);
  return (
    <>
      <PageHeader title={t("training.title")} description={t("training.intro")} />
      <div className="mb-6">
        <Table
          caption={t("training.title")}
          captionHidden
          rows={courses}
          rowKey={(c) => c.id}
          empty={t("training.empty")}
          columns={[
            { key: "t", header: t("training.titleField"), rowHeader: true, cell: (c) => <Link className="text-brand-700 underline" href={`/duty/training/${c.id}`}>{c.title}</Link> },
            { key: "a", header: t("training.audience"), cell: (c) => t(`audience.${c.audience}`) },
            { key: "d", header: t("training.startsOn"), cell: (c) => `${c.startsOn} – ${c.endsOn}` },
            { key: "p", header: t("training.place"), cell: (c) => c.place },
            { key: "e", header: t("training.enrolled"), align: "end", cell: (c) => c.enrolled },
            { key: "x", header: t("training.attended"), align: "end", cell: (c) => c.attended },
          ]}
        />
      </div>
      {can(actor.role, "duty:manage") ? <CourseForm audiences={TRAINING_AUDIENCES} /> : null}
    </>
  );
}

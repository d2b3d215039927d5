import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, Table } from "@/components/ui";
import { shanghaiDayKey } from "@/domain/calendar";
import { ReflectionForm } from "@/features/duty/components/small-forms";
import { currentYear } from "@/server/duty/archive";
import { myReflections, studySums } from "@/server/duty/study";
import { requireUser } from "@/server/session";
import { forbidden } from "next/navigation";
import { can } from "@/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.study"))("title") };
}

/** A deputy: write reflections and see their counts. Staff and leaders: characters summed per deputy. */
export default async function StudyPage() {
  const actor = await requireUser();
  const t = await getTranslations("duty");
  if (can(actor.role, "duty:recordOwn")) {
    const mine = await myReflections(actor);
    return (
      <>
        <PageHeader title={t("study.title")} description={t("study.intro")} />
        <p className="mb-4 font-medium" data-testid="study-total">{t("study.total", { count: mine.total })}</p>
        <div className="mb-6">
          <Table
            caption={t("study.title")}
            captionHidden
            rows={mine.rows}
            rowKey={(r) => r.id}
            empty={t("study.empty")}
            columns={[
              { key: "d", header: t("study.studiedOn"), rowHeader: true, cell: (r) => r.studiedOn },
              { key: "t", header: t("study.titleField"), cell: (r) => r.title },
              { key: "c", header: t("study.chars"), align: "end", cell: (r) => r.charCount },
            ]}
          />
        </div>
        <ReflectionForm today={shanghaiDayKey(new Date())} />
      </>
    );
  }
  if (!can(actor.role, "duty:read")) forbidden();
  const year = currentYear();
  const sums = await studySums(actor, year);
  return (
    <>
      <PageHeader title={t("study.sumsTitle")} description={t("study.sumsIntro", { year, total: sums.total })} />
      <Table
        caption={t("study.sumsTitle")}
        captionHidden
        rows={sums.rows}
        rowKey={(r) => r.deputyId}
        empty={t("study.empty")}
        columns={[
          { key: "n", header: t("record.deputy"), rowHeader: true, cell: (r) => r.name },
          { key: "r", header: t("study.reflections"), align: "end", cell: (r) => r.reflections },
          { key: "c", header: t("study.chars"), align: "end", cell: (r) => r.characters },
        ]}
      />
    </>
  );
}

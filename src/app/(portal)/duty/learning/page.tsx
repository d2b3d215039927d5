import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { LEARNING_KINDS } from "@/domain/duty/record-types";
import { LearningForm } from "@/features/duty/components/small-forms";
import { listLearning } from "@/server/duty/learning";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.learning"))("title") };
}

/** The learning column: articles, uploaded files and links. */
export default async function LearningPage() {
  const actor = await requirePermission("learning:read");
  const t = await getTranslations("duty");
  const items = await listLearning(actor);
  return (
    <>
      <PageHeader title={t("learning.title")} description={t("learning.intro")} />
      {items.length === 0 ? <EmptyState>{t("learning.empty")}</EmptyState> : null}
      <ul className="mb-6 space-y-3">
        {items.map((r) => (
          <li key={r.id}>
            <Card>
              <h2 className="text-base font-semibold">
                <Badge tone="info" className="mr-2">{t(`learningKind.${r.kind}`)}</Badge>
                {r.title}
              </h2>
              {r.body ? <p className="mt-2 whitespace-pre-wrap text-sm">{r.body}</p> : null}
              {r.url ? (
                <a className="mt-2 inline-block text-brand-700 underline" href={r.url} rel="noopener noreferrer nofollow" target="_blank">
                  {t("learning.open")}
                </a>
              ) : null}
              {r.fileName ? (
                <a className="mt-2 inline-block text-brand-700 underline" href={`/duty/learning/files/${r.id}`} download>
                  {t("learning.download")} {r.fileName}
                </a>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
      {can(actor.role, "duty:manage") ? <LearningForm kinds={LEARNING_KINDS} /> : null}
    </>
  );
}

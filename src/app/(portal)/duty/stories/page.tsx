import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui";
import { PublishStoryButton, StoryForm } from "@/features/duty/components/small-forms";
import { committeeDeputies } from "@/server/duty/record-queries";
import { committeeStories } from "@/server/duty/stories";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.stories"))("manageTitle") };
}

export default async function StoriesAdminPage() {
  const actor = await requirePermission("duty:manage");
  const t = await getTranslations("duty.stories");
  const [stories, deputies] = await Promise.all([committeeStories(actor), committeeDeputies(actor)]);
  return (
    <>
      <PageHeader title={t("manageTitle")} description={t("manageIntro")} actions={<Link className="text-brand-700 underline" href="/public/stories">{t("publicLink")}</Link>} />
      <ul className="mb-6 space-y-3">
        {stories.map((s) => (
          <li key={s.id}>
            <Card>
              <div className="flex items-start justify-between gap-3">
                <h2 className="text-base font-semibold">
                  {s.title} <span className="text-sm font-normal text-gray-700">· {s.deputyName}</span>
                </h2>
                {s.published ? <Badge tone="success">{t("published")}</Badge> : <PublishStoryButton storyId={s.id} />}
              </div>
              <p className="mt-2 line-clamp-3 text-sm whitespace-pre-wrap">{s.body}</p>
            </Card>
          </li>
        ))}
      </ul>
      <StoryForm deputies={deputies} />
    </>
  );
}

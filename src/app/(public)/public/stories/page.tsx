import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui";
import { publicStories } from "@/server/duty/stories";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.stories"))("title") };
}

/** Deputy stories: published deputy stories, for anyone (no account). */
export default async function PublicStoriesPage() {
  await connection(); // read at request time, never at build time
  const [t, stories] = await Promise.all([getTranslations("duty.stories"), publicStories()]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold text-gray-900">{t("title")}</h1>
      <p className="mb-6 text-gray-700">{t("intro")}</p>
      {stories.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : null}
      <div className="space-y-6">
        {stories.map((s) => (
          <article key={s.id} className="rounded-lg border border-gray-200 bg-white p-5">
            <h2 className="text-lg font-semibold">{s.title}</h2>
            <p className="mt-1 text-sm text-gray-700">
              {s.deputyName} · {s.committeeName}
              {s.publishedAt ? ` · ${s.publishedAt.toISOString().slice(0, 10)}` : ""}
            </p>
            <p className="mt-3 whitespace-pre-wrap leading-7">{s.body}</p>
          </article>
        ))}
      </div>
    </>
  );
}

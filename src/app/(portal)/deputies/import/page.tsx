import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, Card, PageHeader } from "@/components/ui";
import { ImportUploadForm } from "@/features/deputies/components/import-upload-form";
import { BackLink, linkClass } from "@/features/directory/components/fields";
import { recentImportJobs } from "@/server/deputies/import/queries";
import { deputyFormOptions } from "@/server/deputies/queries";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("register.import"))("title") };
}

export default async function ImportPage() {
  const actor = await requirePermission("deputy:write");
  const [t, td, options, recent] = await Promise.all([getTranslations("register.import"), getTranslations("directory.deputies"), deputyFormOptions(actor), recentImportJobs(actor)]);
  const own = options.committees.find((c) => c.id === actor.committeeId);
  const committees = own ? [own, ...options.committees.filter((c) => c.id !== own.id)] : options.committees;
  return (
    <>
      <BackLink href="/deputies">{td("backToList")}</BackLink>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a href="/deputies/import/template" className={buttonClasses("secondary", "md")} download>
            {t("template")}
          </a>
        }
      />
      <div className="space-y-6">
        <Card>
          <ImportUploadForm committees={committees.map(({ id, name }) => ({ id, name }))} />
        </Card>
        <Card title={t("recent")}>
          {recent.length === 0 ? (
            <p className="text-sm text-gray-700">{t("noRecent")}</p>
          ) : (
            <ul className="divide-y divide-gray-100 text-sm">
              {recent.map((j) => (
                <li key={j.id} className="flex flex-wrap gap-3 py-2">
                  <Link href={`/deputies/import/${j.id}`} className={linkClass}>
                    {j.fileName}
                  </Link>
                  <span>{t(`status.${j.status}`)}</span>
                  <span className="text-gray-600">{j.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC · {j.createdBy}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}

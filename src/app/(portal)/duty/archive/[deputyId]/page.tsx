import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, cx, PageHeader } from "@/components/ui";
import { ArchiveBody } from "@/features/duty/components/archive-body";
import { currentYear, getArchive, yearParam } from "@/server/duty/archive";
import { requireUser } from "@/server/session";
import { first, orNotFound } from "../../_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.records"))("archiveLink") };
}

type TProps = { params: Promise<{ deputyId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArchivePage({ params, searchParams }: TProps) {
  const actor = await requireUser();
  const { deputyId } = await params;
  const year = yearParam(first((await searchParams).year));
  const a = await getArchive(actor, deputyId, year).catch(orNotFound);
  const t = await getTranslations("duty");
  const cur = currentYear();
  return (
    <>
      <PageHeader
        title={t("archive.title", { name: a.deputy.name, year })}
        description={t("archive.committeeLine", { name: a.deputy.committeeName })}
        actions={
          <>
            <Link className={buttonClasses()} href={`/duty/report/${a.deputy.id}?year=${year}`}>{t("archive.report")}</Link>
            <a className={buttonClasses("secondary")} href={`/duty/report/${a.deputy.id}/xlsx?year=${year}`} download>{t("archive.export")}</a>
          </>
        }
      />
      <nav aria-label={t("archive.year")} className="mb-4 flex gap-2">
        {[cur - 2, cur - 1, cur].map((y) => (
          <Link key={y} href={`/duty/archive/${a.deputy.id}?year=${y}`} aria-current={y === year ? "page" : undefined} className={cx(buttonClasses(y === year ? "primary" : "secondary", "sm"))}>
            {y}
          </Link>
        ))}
      </nav>
      <ArchiveBody a={a} />
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui";
import { shanghaiDayKey } from "@/domain/calendar";
import { ArchiveBody } from "@/features/duty/components/archive-body";
import { PrintButton } from "@/features/duty/components/print-button";
import { getArchive, yearParam } from "@/server/duty/archive";
import { requireUser } from "@/server/session";
import { first, orNotFound } from "../../_shared";
import "./print.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.archive"))("report") };
}

type TProps = { params: Promise<{ deputyId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The annual duty report: the archive laid out for A4 paper (print.css), printed from the browser. */
export default async function ReportPage({ params, searchParams }: TProps) {
  const actor = await requireUser();
  const { deputyId } = await params;
  const year = yearParam(first((await searchParams).year));
  const a = await getArchive(actor, deputyId, year).catch(orNotFound);
  const t = await getTranslations("duty");
  return (
    <article className="duty-report mx-auto max-w-[210mm] bg-white">
      <div data-print="hide" className="mb-4 flex gap-2">
        <PrintButton label={t("report.print")} />
        <Link className={buttonClasses("secondary")} href={`/duty/archive/${a.deputy.id}?year=${year}`}>{t("record.back")}</Link>
      </div>
      <div className="mb-4 border-b border-gray-400 pb-3 text-center">
        <h1 className="text-2xl font-semibold">{t("report.title", { name: a.deputy.name, year })}</h1>
        <p className="mt-1 text-sm">
          {a.deputy.committeeName}
          {a.deputy.workUnit ? ` · ${a.deputy.workUnit}` : ""}
        </p>
      </div>
      <ArchiveBody a={a} />
      <p className="mt-8 flex justify-between text-sm">
        <span>{t("report.printedOn", { date: shanghaiDayKey(new Date()) })}</span>
        <span>{t("report.signature")}</span>
      </p>
    </article>
  );
}

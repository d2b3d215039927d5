import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Alert, buttonClasses, Card, PageHeader } from "@/components/ui";
import { DiscardImportForm } from "@/features/deputies/components/discard-import-form";
import { ImportCommit } from "@/features/deputies/components/import-commit";
import { ImportReport } from "@/features/deputies/components/import-report";
import { BackLink } from "@/features/directory/components/fields";
import { orNotFound } from "@/features/directory/load";
import { getImportJob } from "@/server/deputies/import/queries";
import { requirePermission } from "@/server/session";

/** One upload's report; when every row passed, the "import all" button with its progress. */
export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("deputy:write");
  const { id } = await params;
  const [t, job] = await Promise.all([getTranslations("register.import"), orNotFound(getImportJob(actor, id))]);
  return (
    <>
      <BackLink href="/deputies/import">{t("title")}</BackLink>
      <PageHeader title={t("reportTitle")} description={t("summary", { file: job.fileName, rows: job.rowCount, committee: job.committeeName })} />
      <Card>
        {job.status === "REJECTED" ? (
          <div className="space-y-4">
            <Alert tone="error">{t("problemsCount", { count: job.problemCount })}</Alert>
            {job.problemCount > job.report.length ? <p className="text-sm">{t("problemsTruncated", { shown: job.report.length })}</p> : null}
            <ImportReport problems={job.report} />
            <Link href="/deputies/import" className={buttonClasses("primary", "md")}>
              {t("again")}
            </Link>
          </div>
        ) : job.status === "VALIDATED" ? (
          <div className="space-y-4">
            <Alert tone="success">{t("validated", { rows: job.rowCount })}</Alert>
            <ImportCommit importId={job.id} rows={job.rowCount} />
            <DiscardImportForm importId={job.id} />
          </div>
        ) : job.status === "IMPORTED" ? (
          <div className="space-y-4">
            <Alert tone="success">{t("imported", { count: job.importedCount })}</Alert>
            <Link href="/deputies" className={buttonClasses("secondary", "md")}>
              {t("findImported")}
            </Link>
          </div>
        ) : (
          <Alert tone="info">{t("discarded")}</Alert>
        )}
      </Card>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, PageHeader } from "@/components/ui";
import { RecordTable } from "@/features/duty/components/record-table";
import { listRecords } from "@/server/duty/record-queries";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.records"))("title") };
}

export default async function MyDutyPage() {
  const actor = await requirePermission("duty:recordOwn");
  const t = await getTranslations("duty.records");
  const { rows } = await listRecords(actor);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <>
            <Link className={buttonClasses()} href="/duty/new">{t("new")}</Link>
            {actor.deputyId ? <Link className={buttonClasses("secondary")} href={`/duty/archive/${actor.deputyId}`}>{t("archiveLink")}</Link> : null}
            <Link className={buttonClasses("secondary")} href="/duty/study">{t("studyLink")}</Link>
            <Link className={buttonClasses("secondary")} href="/duty/training">{t("trainingLink")}</Link>
          </>
        }
      />
      <RecordTable rows={rows} caption={t("title")} empty={t("empty")} showDeputy={false} />
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, cx, PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { DUTY_RECORD_STATUSES, type TDutyRecordStatus } from "@/domain/duty/record-types";
import { RecordTable } from "@/features/duty/components/record-table";
import { listRecords } from "@/server/duty/record-queries";
import { requirePermission } from "@/server/session";
import { first } from "../_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.records"))("reviewTitle") };
}

const FILTERS = DUTY_RECORD_STATUSES.filter((s) => s !== "DRAFT");

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("duty:read");
  const t = await getTranslations("duty");
  const raw = first((await searchParams).status) ?? "SUBMITTED";
  const status = (FILTERS as readonly string[]).includes(raw) ? (raw as TDutyRecordStatus) : undefined;
  const { rows } = await listRecords(actor, { status });
  const manage = can(actor.role, "duty:manage");
  return (
    <>
      <PageHeader
        title={t("records.reviewTitle")}
        description={t("records.reviewIntro")}
        actions={
          <>
            {manage ? <Link className={buttonClasses()} href="/duty/attendance">{t("records.attendanceLink")}</Link> : null}
            <Link className={buttonClasses("secondary")} href="/duty/rules">{t("records.rulesLink")}</Link>
            <Link className={buttonClasses("secondary")} href="/duty/study">{t("records.studyLink")}</Link>
            <Link className={buttonClasses("secondary")} href="/duty/training">{t("records.trainingLink")}</Link>
            {manage ? <Link className={buttonClasses("secondary")} href="/duty/stories">{t("records.storiesLink")}</Link> : null}
          </>
        }
      />
      <nav aria-label={t("record.status")} className="mb-4 flex flex-wrap gap-2">
        {[...FILTERS, "ALL" as const].map((s) => {
          const active = (s === "ALL" && !status) || s === status;
          return (
            <Link key={s} href={`/duty/review?status=${s}`} aria-current={active ? "page" : undefined} className={cx(buttonClasses(active ? "primary" : "secondary", "sm"))}>
              {s === "ALL" ? t("records.filterAll") : t(`status.${s}`)}
            </Link>
          );
        })}
      </nav>
      <RecordTable rows={rows} caption={t("records.reviewTitle")} empty={t("records.reviewEmpty")} showDeputy />
    </>
  );
}

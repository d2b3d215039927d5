import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { shanghaiDayKey } from "@/domain/calendar";
import { DUTY_RECORD_TYPES } from "@/domain/duty/record-types";
import { AttendanceForm } from "@/features/duty/components/attendance-form";
import { committeeDeputies } from "@/server/duty/record-queries";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.attendance"))("title") };
}

export default async function AttendancePage() {
  const actor = await requirePermission("duty:confirm");
  const t = await getTranslations("duty");
  const deputies = await committeeDeputies(actor);
  return (
    <>
      <PageHeader title={t("attendance.title")} description={t("attendance.intro")} actions={<Link href="/duty/review" className="text-brand-700 underline">{t("record.back")}</Link>} />
      <AttendanceForm types={DUTY_RECORD_TYPES.filter((x) => x !== "SUGGESTION" && x !== "VOTE")} deputies={deputies} today={shanghaiDayKey(new Date())} />
    </>
  );
}

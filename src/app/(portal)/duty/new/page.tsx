import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { shanghaiDayKey } from "@/domain/calendar";
import { MANUAL_TYPES } from "@/domain/duty/record-types";
import { RecordForm } from "@/features/duty/components/record-form";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.records"))("new") };
}

export default async function NewRecordPage() {
  await requirePermission("duty:recordOwn");
  const t = await getTranslations("duty");
  return (
    <>
      <PageHeader title={t("records.new")} description={t("records.intro")} actions={<Link href="/duty" className="text-brand-700 underline">{t("record.back")}</Link>} />
      <RecordForm types={MANUAL_TYPES} today={shanghaiDayKey(new Date())} />
    </>
  );
}

import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { LoopSettingsForm } from "@/features/settings/components/loop-settings-form";
import { getLoopSettingsForStaff } from "@/server/settings/loop-settings";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

/** Staff edit their committee's deadline rules and working-day calendar (issue 3 #3). */
export default async function LoopSettingsPage() {
  const actor = await requirePermission("loopSettings:manage");
  const [s, t, format] = await Promise.all([getLoopSettingsForStaff(actor), getTranslations("settings"), getFormatter()]);
  const initial = {
    version: String(s.version),
    replyMonths: String(s.replyMonths),
    complexReplyMonths: String(s.complexReplyMonths),
    returnWindowWorkingDays: String(s.returnWindowWorkingDays),
    rehandleMonths: String(s.rehandleMonths),
    evaluationWindowWorkingDays: String(s.evaluationWindowWorkingDays),
    remindWorkingDaysBefore: s.remindWorkingDaysBefore.join(", "),
    holidays: s.holidays.join("\n"),
    makeupWorkdays: s.makeupWorkdays.join("\n"),
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("intro", { committee: s.committeeName })} />
      <p className="mb-4 text-sm text-gray-700">
        {s.updatedAt ? t("updatedAt", { at: format.dateTime(s.updatedAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("defaults")}
      </p>
      <LoopSettingsForm initial={initial} />
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, cx, PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { DUTY_RECORD_TYPES } from "@/domain/duty/record-types";
import { RulesForm } from "@/features/duty/components/rules-form";
import { currentYear, yearParam } from "@/server/duty/archive";
import { getRules } from "@/server/duty/rules";
import { requirePermission } from "@/server/session";
import { first } from "../_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.rules"))("title") };
}

export default async function RulesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("duty:read");
  const cur = currentYear();
  const year = yearParam(first((await searchParams).year));
  const { table } = await getRules({ ...actor }, year);
  const t = await getTranslations("duty");
  return (
    <>
      <PageHeader title={t("rules.title")} description={t("rules.intro", { year })} actions={<Link href="/duty/review" className="text-brand-700 underline">{t("record.back")}</Link>} />
      <nav aria-label={t("rules.year")} className="mb-4 flex gap-2">
        {[cur - 1, cur, cur + 1].map((y) => (
          <Link key={y} href={`/duty/rules?year=${y}`} aria-current={y === year ? "page" : undefined} className={cx(buttonClasses(y === year ? "primary" : "secondary", "sm"))}>
            {y}
          </Link>
        ))}
      </nav>
      <RulesForm key={year} year={year} rules={DUTY_RECORD_TYPES.map((type) => ({ type, ...table[type] }))} editable={can(actor.role, "duty:manage") && year >= cur} />
    </>
  );
}

import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import type { THomeSummary } from "@/server/home/queries";
import { CountList, GRID, StatCard } from "./stat";

type TOf<K extends THomeSummary["kind"]> = Extract<THomeSummary, { kind: K }>;

/** ADMIN: accounts only (separation of duties: the administrator sees no business data). */
export function AccountsSummary({ summary }: { summary: TOf<"accounts"> }) {
  const t = useTranslations("home.admin");
  const tRoles = useTranslations("roles");
  const total = summary.active + summary.inactive;
  if (total === 0) return <EmptyState>{t("none")}</EmptyState>;
  return (
    <div className={GRID}>
      <StatCard label={t("active")} value={summary.active} />
      <StatCard label={t("inactive")} value={summary.inactive} />
      <StatCard label={t("usersByRole")} value={total}>
        <div className="mt-2">
          <CountList rows={summary.byRole.map((r) => ({ key: r.role, label: tRoles(r.role), count: r.count }))} />
        </div>
      </StatCard>
    </div>
  );
}

/** AUDITOR: how many audit rows were written today, by result. */
export function AuditSummary({ summary }: { summary: TOf<"audit"> }) {
  const t = useTranslations("home.audit");
  const tResult = useTranslations("enums.auditResult");
  return (
    <div className={GRID}>
      <StatCard label={t("today")} value={summary.total} hint={t("todayHint")}>
        {summary.total === 0 ? (
          <EmptyState className="mt-3">{t("none")}</EmptyState>
        ) : (
          <div className="mt-2">
            <CountList rows={summary.byResult.map((r) => ({ key: r.result, label: tResult(r.result), count: r.count }))} />
          </div>
        )}
      </StatCard>
    </div>
  );
}

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { THomeSummary } from "@/server/home/queries";
import { CommitteeSummary } from "./committee-summary";
import { DeputySummary, StationsSummary, UnitSummary } from "./own-summary";
import { AccountsSummary, AuditSummary } from "./system-summary";

/** One summary per kind; the switch is exhaustive, so a new kind fails to compile until shown. */
export function HomeSummary({ summary }: { summary: THomeSummary }) {
  switch (summary.kind) {
    case "committee":
      return <CommitteeSummary summary={summary} />;
    case "deputy":
      return <DeputySummary summary={summary} />;
    case "unit":
      return <UnitSummary summary={summary} />;
    case "stations":
      return <StationsSummary summary={summary} />;
    case "accounts":
      return <AccountsSummary summary={summary} />;
    case "audit":
      return <AuditSummary summary={summary} />;
    case "unlinked":
      return <Unlinked role={summary.role} />;
  }
}

function Unlinked({ role }: { role: Extract<THomeSummary, { kind: "unlinked" }>["role"] }) {
  const t = useTranslations("home");
  const message = role === "DEPUTY" ? t("deputy.notLinked") : role === "UNIT" ? t("unit.notLinked") : t("committee.noCommittee");
  return <Alert tone="info">{message}</Alert>;
}

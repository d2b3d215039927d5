import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { TRACKING_SOURCES, type TTrackingSource } from "@/domain/tracking-number";
import { SATISFACTIONS, type TSatisfaction } from "@/domain/workflow/stages";
import type { TItemView } from "@/server/items/queries";
import { StageBadge } from "./stage-badge";

const isSource = (s: string): s is TTrackingSource => (TRACKING_SOURCES as readonly string[]).includes(s);
const isSatisfaction = (s: string): s is TSatisfaction => (SATISFACTIONS as readonly string[]).includes(s);

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-gray-600">{label}</dt>
      <dd className="text-gray-900">{children}</dd>
    </div>
  );
}

/** The item's facts: number, stage, dates, units, sponsors; then its text and the reply. */
export async function ItemOverview({ item }: { item: TItemView }) {
  const [t, tJobs, tSource, tSat, format] = await Promise.all([
    getTranslations("items.detail"),
    getTranslations("jobs"),
    getTranslations("workflow.source"),
    getTranslations("workflow.satisfaction"),
    getFormatter(),
  ]);
  const units = item.units.map((u) => t("withRole", { name: u.name, role: u.role === "LEAD" ? t("lead") : t("co") })).join(t("separator"));
  const sponsors = item.sponsors.map((s) => t("withRole", { name: s.name, role: s.isLead ? t("leadSponsor") : t("coSponsor") })).join(t("separator"));
  return (
    <div className="space-y-4">
      <Card title={t("overview")}>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <Row label={t("trackingNumber")}>
            <span className="font-mono font-semibold" data-testid="tracking-number">
              {item.trackingNumber}
            </span>
          </Row>
          <Row label={t("stage")}>
            <StageBadge stage={item.stage} />
            {item.keySupervised ? <span className="ml-2 text-sm text-brand-700">{t("keySupervised")}</span> : null}
          </Row>
          <Row label={t("source")}>{isSource(item.source) ? tSource(item.source) : item.source}</Row>
          <Row label={t("committee")}>{item.committee.name}</Row>
          <Row label={t("createdAt")}>{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Row>
          <Row label={t("deadline")}>{item.deadline ? format.dateTime(item.deadline, { dateStyle: "medium" }) : t("noDeadline")}</Row>
          <Row label={t("round")}>{item.round}</Row>
          <Row label={t("units")}>{units || t("none")}</Row>
          {item.submitterName ? <Row label={t("submitter")}>{item.submitterName}</Row> : <Row label={t("sponsors")}>{sponsors || t("none")}</Row>}
          {item.resultClass ? <Row label={t("resultClass")}>{item.resultClass}</Row> : null}
          {item.satisfaction && isSatisfaction(item.satisfaction) ? <Row label={t("satisfaction")}>{tSat(item.satisfaction)}</Row> : null}
          {item.followUp === "PENDING" || item.followUp === "RESOLVED" ? (
            <Row label={tJobs("followUp")}>
              <span data-testid="follow-up">{tJobs(`followUpState.${item.followUp}`)}</span>
            </Row>
          ) : null}
        </dl>
      </Card>
      <Card title={t("body")}>
        <p className="whitespace-pre-wrap text-gray-900">{item.body}</p>
      </Card>
      {item.replyText ? (
        <Card title={t("reply")}>
          <p className="whitespace-pre-wrap text-gray-900">{item.replyText}</p>
        </Card>
      ) : null}
    </div>
  );
}

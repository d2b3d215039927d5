import { getTranslations } from "next-intl/server";
import { Badge, Table, type TColumn } from "@/components/ui";
import { activityRefusal, type TLivelihoodStage } from "@/domain/livelihood/stages";
import type { TRole } from "@/domain/roles";
import type { TCandidateRow } from "@/server/livelihood/candidates";
import { assignUnitAction, shortlistAction } from "../actions";
import { LivelihoodForm } from "./livelihood-form";

type TProps = { role: TRole; stage: TLivelihoodStage; candidates: TCandidateRow[]; units: { id: string; name: string }[] };

/** The candidates; staff shortlist them (初定) and name responsible units where the stage allows. */
export async function CandidateTable({ role, stage, candidates, units }: TProps) {
  const t = await getTranslations("livelihood");
  const canShortlist = activityRefusal(stage, "shortlist", role) === null;
  const canAssign = activityRefusal(stage, "assignUnit", role) === null;
  const columns: TColumn<TCandidateRow>[] = [
    {
      key: "title",
      header: t("columns.title"),
      rowHeader: true,
      cell: (r) => (
        <span>
          {r.title} {r.chosen ? <Badge tone="success">{t("cert.outcome.CHOSEN")}</Badge> : null}
        </span>
      ),
    },
    { key: "source", header: t("columns.source"), cell: (r) => t(`source.${r.source}`) + (r.proposerName ? `（${r.proposerName}）` : "") },
    { key: "description", header: t("columns.description"), cell: (r) => <span className="line-clamp-3 text-sm">{r.description}</span> },
    { key: "shortlisted", header: t("columns.shortlisted"), cell: (r) => (r.shortlisted ? t("yes") : t("no")) },
    { key: "unit", header: t("columns.unit"), cell: (r) => r.unitName ?? t("none") },
  ];
  if (canShortlist || canAssign) {
    columns.push({
      key: "actions",
      header: t("columns.actions"),
      cell: (r) => (
        <div className="flex min-w-48 flex-col gap-2">
          {canShortlist ? (
            <LivelihoodForm
              action={shortlistAction}
              label={`${r.shortlisted ? t("candidates.unshortlist") : t("candidates.shortlist")} ${r.title}`}
              hidden={{ candidateId: r.id, shortlisted: r.shortlisted ? "0" : "1" }}
              fields={[]}
              submitLabel={r.shortlisted ? t("candidates.unshortlist") : t("candidates.shortlist")}
              variant="secondary"
            />
          ) : null}
          {canAssign ? (
            <LivelihoodForm
              action={assignUnitAction}
              label={`${t("candidates.assign")} ${r.title}`}
              hidden={{ candidateId: r.id }}
              fields={[{ name: "unitId", label: t("columns.unit"), kind: "select", placeholder: t("candidates.chooseUnit"), defaultValue: r.unitId ?? "", options: units.map((u) => ({ value: u.id, label: u.name })) }]}
              submitLabel={t("candidates.assign")}
              variant="secondary"
            />
          ) : null}
        </div>
      ),
    });
  }
  return <Table caption={t("candidates.title")} columns={columns} rows={candidates} rowKey={(r) => r.id} empty={t("candidates.empty")} />;
}

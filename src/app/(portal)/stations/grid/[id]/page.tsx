import { getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader, Table, type TColumn } from "@/components/ui";
import { can } from "@/domain/permissions";
import { BackLink, Stack } from "@/features/directory/components/fields";
import { orNotFound } from "@/features/directory/load";
import type { TSearchParams } from "@/features/directory/search-params";
import { reportFindingAction } from "@/features/grid/actions";
import { GRID_LIMITS } from "@/features/grid/schemas";
import { SpecForm } from "@/features/stations/components/spec-form";
import { trackingParam } from "@/features/stations/search-params";
import { getGridCell, type TCellDetail } from "@/server/grid/cells";
import { requirePermission } from "@/server/session";

type TFinding = TCellDetail["findings"][number];

/** One grid cell: its deputies, its findings (each a loop item), and the form to report a new one. */
export default async function GridCellPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("grid:read");
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const [t, cell] = await Promise.all([getTranslations("grid"), orNotFound(getGridCell(actor, id))]);
  const raised = trackingParam(search.raised);
  const mayReport = can(actor.role, "grid:report") && (actor.role !== "DEPUTY" || cell.mine);
  const columns: TColumn<TFinding>[] = [
    { key: "tracking", header: t("trackingNumber"), rowHeader: true, cell: (f) => f.trackingNumber },
    { key: "title", header: t("findingTitle"), cell: (f) => f.title },
    { key: "reporter", header: t("reporter"), cell: (f) => f.reporter },
    { key: "at", header: t("at"), cell: (f) => f.at.toISOString().slice(0, 10) },
  ];
  return (
    <>
      <BackLink href="/stations/grid">{t("title")}</BackLink>
      <PageHeader title={`${cell.townshipName} · ${cell.name}`} description={cell.description ?? undefined} />
      <Stack>
        {raised ? <Alert tone="success">{t("raised", { trackingNumber: raised })}</Alert> : null}
        <Card title={t("deputies")}>
          <p className="text-sm text-gray-900">{cell.deputies.length > 0 ? cell.deputies.map((d) => d.name).join("、") : t("noDeputies")}</p>
        </Card>
        <Card title={t("findingsTitle")}>
          <Table caption={t("findingsTitle")} captionHidden columns={columns} rows={cell.findings} rowKey={(f) => f.id} empty={t("noFindings")} />
        </Card>
        {mayReport ? (
          <Card title={t("reportTitle")} description={t("reportHint")}>
            <SpecForm
              action={reportFindingAction}
              submitLabel={t("report")}
              testId="finding-form"
              fields={[
                { kind: "hidden", name: "cellId", value: cell.id },
                { kind: "text", name: "title", label: t("findingTitle"), required: true, maxLength: GRID_LIMITS.title },
                { kind: "textarea", name: "body", label: t("body"), required: true, maxLength: GRID_LIMITS.body },
                { kind: "text", name: "residentName", label: t("resident"), hint: t("residentHint"), maxLength: GRID_LIMITS.resident },
              ]}
            />
          </Card>
        ) : null}
      </Stack>
    </>
  );
}

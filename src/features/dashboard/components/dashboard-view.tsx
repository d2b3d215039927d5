import { getTranslations } from "next-intl/server";
import { percent } from "@/domain/dashboard/figures";
import type { TFigure, TFigureGroup, TFigureRow } from "@/server/dashboard/providers/types";
import { drillHref, type TDashboardFilters } from "../search-params";
import { FigureCard } from "./figure-card";

/** Every figure group the providers returned: ready ones as cards, pending ones as a note. */
export async function DashboardView({ groups, filters }: { groups: TFigureGroup[]; filters: TDashboardFilters }) {
  const [t, tStage, tSat, tLevel] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("workflow.stage"),
    getTranslations("workflow.satisfaction"),
    getTranslations("enums.deputyLevel"),
  ]);
  const labels = (figure: TFigure) => ({
    chart: t("view.chart"),
    table: t("view.table"),
    switchToTable: t("view.switchToTable", { title: t(`figures.${figure.id}` as "figures.total") }),
    switchToChart: t("view.switchToChart", { title: t(`figures.${figure.id}` as "figures.total") }),
    key: figure.chart === "ranking" ? t("columns.unit") : t("columns.key"),
    value: t("columns.value"),
  });
  const keyLabel = (figure: TFigure, row: TFigureRow): string => {
    if (row.label) return row.label;
    if (row.key === "ALL" || row.key === "ON_TIME" || row.key === "LATE") return t(`keys.${row.key}`);
    switch (figure.id) {
      case "stage":
        return tStage(row.key as "SUBMITTED");
      case "firstSatisfaction":
      case "finalSatisfaction":
        return tSat(row.key as "SATISFIED");
      case "resultClass":
      case "followUp":
        return t("keys.class", { key: row.key });
      case "deputiesByLevel":
      case "dutyByLevel":
        return tLevel(row.key as "COUNTY");
      case "dutyQuarter":
      case "stationActivity":
      case "groupActivity":
      case "trainingAttendance":
      case "studyChars":
        return t(`activityKeys.${row.key}` as "activityKeys.YEAR");
      default:
        return row.key;
    }
  };
  const hint = (id: string) => (t.has(`hints.${id}` as "hints.total") ? t(`hints.${id}` as "hints.total") : undefined);
  return (
    <div className="space-y-8">
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`group-${g.id}`}>
          <h2 id={`group-${g.id}`} className="mb-3 text-lg font-semibold text-gray-900">
            {t(`groups.${g.id}`)}
          </h2>
          {g.status === "pending" ? (
            <p className="rounded-lg border border-dashed border-gray-300 bg-gray-50 p-4 text-sm text-gray-700">{t(`pending.${g.id as "duty"}`)}</p>
          ) : (
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {g.figures.map((f) => (
                <FigureCard
                  key={f.id}
                  id={f.id}
                  title={t(`figures.${f.id}` as "figures.total")}
                  hint={hint(f.id)}
                  headline={f.rate === undefined ? undefined : f.rate === null ? t("noRate") : t("rate", { value: percent(f.rate) ?? "" })}
                  chart={f.chart}
                  rows={f.rows.map((r) => ({ key: r.key, label: keyLabel(f, r), value: r.value, href: r.drill ? drillHref(filters, r.drill.figure, r.drill.key) : null }))}
                  labels={labels(f)}
                />
              ))}
            </div>
          )}
        </section>
      ))}
    </div>
  );
}

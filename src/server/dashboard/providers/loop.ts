import "server-only";
import { FIGURE_KEYS, onTimeRate, satisfactionRate, type TItemFigure } from "@/domain/dashboard/figures";
import { overdueRanking } from "../counts";
import type { TFigure, TFigureProvider, TFigureRow } from "./types";

/** The six-stage loop: stages, on-time replies, satisfaction, result classes, follow-ups, overdue units. */

type TKeyed = Exclude<TItemFigure, "overdue">;

export const loopProvider: TFigureProvider = {
  id: "loop",
  async load({ scope, counts }) {
    const rowsOf = (figure: TKeyed): TFigureRow[] => {
      const m = counts.byKey.get(figure);
      return FIGURE_KEYS[figure].map((key) => ({ key, value: m?.get(key) ?? 0, drill: { figure, key } }));
    };
    const asCounts = (rows: TFigureRow[]) => Object.fromEntries(rows.map((r) => [r.key, r.value]));
    const onTime = rowsOf("onTime");
    const first = rowsOf("firstSatisfaction");
    const final = rowsOf("finalSatisfaction");
    const ranking = await overdueRanking(scope);
    const figures: TFigure[] = [
      { id: "total", chart: "bar", rows: rowsOf("total") },
      { id: "stage", chart: "bar", rows: rowsOf("stage") },
      { id: "onTime", chart: "pie", rows: onTime, rate: onTimeRate(asCounts(onTime)) },
      { id: "firstSatisfaction", chart: "pie", rows: first, rate: satisfactionRate(asCounts(first)) },
      { id: "finalSatisfaction", chart: "pie", rows: final, rate: satisfactionRate(asCounts(final)) },
      { id: "resultClass", chart: "bar", rows: rowsOf("resultClass") },
      { id: "followUp", chart: "bar", rows: rowsOf("followUp") },
      {
        id: "overdue",
        chart: "ranking",
        rows: [
          { key: "ALL", value: ranking.total, drill: { figure: "overdue", key: "ALL" } },
          ...ranking.units.map((u) => ({ key: u.unitId, label: u.name, value: u.n, drill: { figure: "overdue", key: u.unitId } })),
        ],
      },
    ];
    return { id: "loop", status: "ready", figures };
  },
};

import "server-only";
import { ACTIVITY_KEYS, SUM_KEYS, rate, type TActivityFigure } from "@/domain/dashboard/figures";
import { DEPUTY_LEVELS } from "@/domain/dashboard/levels";
import { activityByChildRegion, activityByLevel } from "../activity-counts";
import type { TFigureCounts } from "../counts";
import type { TFigureProvider, TFigureRow } from "./types";

/**
 * The activity groups (activity-sql.ts): duty records, station activity, professional groups,
 * training and study. Each reads the pre-aggregated DashboardFigure rows through figureCounts;
 * every count drills down to /dashboard/list with the same (figure, key).
 */
function rowsOf(counts: TFigureCounts, figure: TActivityFigure, keys: readonly string[] = ACTIVITY_KEYS[figure]): TFigureRow[] {
  const m = counts.byKey.get(figure);
  return keys.map((key) => ({ key, value: m?.get(key) ?? 0, drill: SUM_KEYS.includes(key) ? null : { figure, key } }));
}

/** Deputies with ≥1 confirmed duty record per quarter, by level and by region; the share is of active deputies. */
export const dutyProvider: TFigureProvider = {
  id: "duty",
  async load({ scope, counts }) {
    const [byRegion, byLevel] = await Promise.all([activityByChildRegion(scope, "dutyActive", "YEAR"), activityByLevel(scope, "dutyActive", "YEAR")]);
    const levels = scope.level ? [scope.level] : DEPUTY_LEVELS;
    const deputies = [...counts.deputiesByLevel.values()].reduce((s, n) => s + n, 0);
    const active = counts.byKey.get("dutyActive");
    // the share is per year: without a year filter, the sum over years is no share of anything
    const share = scope.year === null ? null : rate(active?.get("YEAR") ?? 0, deputies);
    return {
      id: "duty",
      status: "ready",
      figures: [
        { id: "dutyQuarter", chart: "bar", rows: rowsOf(counts, "dutyActive"), rate: share },
        {
          id: "dutyByLevel",
          chart: "bar",
          rows: levels.map((level) => ({ key: level, value: byLevel.get(level) ?? 0, drill: { figure: "dutyActive", key: level } })),
        },
        {
          id: "dutyByRegion",
          chart: "bar",
          rows: scope.children.map((c) => ({ key: c.id, label: c.name, value: byRegion.get(c.id) ?? 0, drill: { figure: "dutyActive", key: `region:${c.id}` } })),
        },
      ],
    };
  },
};

export const stationsProvider: TFigureProvider = {
  id: "stations",
  load: ({ counts }) => Promise.resolve({ id: "stations", status: "ready", figures: [{ id: "stationActivity", chart: "bar", rows: rowsOf(counts, "stations") }] }),
};

export const groupsProvider: TFigureProvider = {
  id: "groups",
  load: ({ counts }) => Promise.resolve({ id: "groups", status: "ready", figures: [{ id: "groupActivity", chart: "bar", rows: rowsOf(counts, "groups") }] }),
};

export const trainingProvider: TFigureProvider = {
  id: "training",
  load: ({ counts }) =>
    Promise.resolve({
      id: "training",
      status: "ready",
      figures: [
        { id: "trainingAttendance", chart: "bar", rows: rowsOf(counts, "training", ["ATTENDED", "REFLECTIONS"]) },
        { id: "studyChars", chart: "bar", rows: rowsOf(counts, "training", ["CHARS"]) },
      ],
    }),
};

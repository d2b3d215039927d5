import "server-only";
import { DEPUTY_LEVELS } from "@/domain/dashboard/levels";
import { deputiesByChildRegion } from "../counts";
import type { TFigureProvider } from "./types";

/**
 * Deputies by level and by region (active deputies; the year filter does not apply).
 * The share of deputies with a confirmed duty record is in providers/activity.ts.
 */
export const deputiesProvider: TFigureProvider = {
  id: "deputies",
  async load({ scope, counts }) {
    const byRegion = await deputiesByChildRegion(scope);
    const levels = scope.level ? [scope.level] : DEPUTY_LEVELS;
    return {
      id: "deputies",
      status: "ready",
      figures: [
        {
          id: "deputiesByLevel",
          chart: "bar",
          rows: levels.map((level) => ({ key: level, value: counts.deputiesByLevel.get(level) ?? 0, drill: { figure: "deputies", key: level } })),
        },
        {
          id: "deputiesByRegion",
          chart: "bar",
          rows: scope.children.map((c) => ({ key: c.id, label: c.name, value: byRegion.get(c.id) ?? 0, drill: { figure: "deputies", key: `region:${c.id}` } })),
        },
      ],
    };
  },
};

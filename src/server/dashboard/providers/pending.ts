import "server-only";
import type { TFigureGroupId, TFigureProvider } from "./types";

/**
 * Placeholders for the figure groups whose records are being built on other branches. Each is
 * replaced by a provider module of its own once its model has merged:
 * - duty: share of deputies with ≥1 confirmed duty record per quarter, by level and region (issue 5);
 * - stations: reception days held, visitors, items raised at stations (issue 4 item 3/4);
 * - groups: professional group activities and research reports (issue 4 item 6);
 * - training: training attendance and study output in characters (issue 5 item 2).
 */
const pending = (id: TFigureGroupId): TFigureProvider => ({
  id,
  load: () => Promise.resolve({ id, status: "pending", figures: [] }),
});

export const dutyProvider = pending("duty");
export const stationsProvider = pending("stations");
export const groupsProvider = pending("groups");
export const trainingProvider = pending("training");

import "server-only";
import type { TFigureCounts } from "../counts";
import type { TDashboardScope } from "../scope";

/**
 * The dashboard is a list of figure providers, one module per group of figures. A provider reads
 * what it needs for the scope and returns its figures as plain data; the page renders every group
 * the same way (chart, table view, drill-down links). Groups whose data model has not landed yet
 * answer `status: "pending"` and the page says so.
 */
export type TFigureGroupId = "loop" | "deputies" | "duty" | "stations" | "groups" | "training";

export type TFigureRow = {
  key: string;
  /** a label from the data (a unit's or region's name); otherwise the page translates the key */
  label?: string;
  value: number;
  /** the drill-down list behind the number: [figure, key] of /dashboard/list, or null */
  drill: { figure: string; key: string } | null;
};

export type TFigure = {
  id: string;
  chart: "bar" | "pie" | "ranking";
  rows: TFigureRow[];
  /** a rate shown above the chart (0…1), with the rows it is computed from */
  rate?: number | null;
};

export type TFigureGroup = { id: TFigureGroupId; status: "ready" | "pending"; figures: TFigure[] };

export type TProviderContext = { scope: TDashboardScope; counts: TFigureCounts };

export type TFigureProvider = { id: TFigureGroupId; load: (ctx: TProviderContext) => Promise<TFigureGroup> };

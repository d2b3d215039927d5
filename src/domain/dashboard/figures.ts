import { DEFAULT_WORKFLOW_CONFIG } from "../workflow/facts";
import { DEPUTY_LEVELS } from "./levels";
import { SATISFACTIONS, STAGES } from "../workflow/stages";

/**
 * The dashboard's figures and their keys. Each figure counts items (or deputies) by one key; the
 * same (figure, key) pair names the drill-down list behind it, so a figure and its list always
 * mean the same set (src/server/dashboard/predicates.ts holds the one SQL definition of each).
 */
export const ITEM_FIGURES = [
  "total", // every item: key ALL
  "stage", // current stage
  "onTime", // ON_TIME / LATE: first reply delivered by the deadline in force
  "firstSatisfaction", // the evaluation of round 1
  "finalSatisfaction", // the evaluation that closed the item
  "resultClass", // the class of the latest drafted reply
  "followUp", // closed items whose follow-up review (回头看) is still pending, by class
  "overdue", // items past their deadline at the refresh instant, by lead unit (key: unit id, or ALL)
] as const;
export type TItemFigure = (typeof ITEM_FIGURES)[number];

export const DEPUTY_FIGURES = ["deputies"] as const;
export type TDeputyFigure = (typeof DEPUTY_FIGURES)[number];

/** Figures over activity records (duty records, stations, groups, training): src/server/dashboard/activity-sql.ts. */
export const ACTIVITY_FIGURES = ["dutyActive", "stations", "groups", "training"] as const;
export type TActivityFigure = (typeof ACTIVITY_FIGURES)[number];

export type TFigureId = TItemFigure | TDeputyFigure | TActivityFigure;
export const FIGURE_IDS: readonly TFigureId[] = [...ITEM_FIGURES, ...DEPUTY_FIGURES, ...ACTIVITY_FIGURES];

export function isActivityFigure(v: string): v is TActivityFigure {
  return (ACTIVITY_FIGURES as readonly string[]).includes(v);
}

/**
 * dutyActive: deputies with at least one confirmed duty record in the quarter (Q1…Q4) or the year
 * (YEAR); stations: reception days, visitors, items raised at stations; groups: activities by kind
 * and research reports; training: attended enrolments, reflections, and their characters (CHARS, a
 * sum: no list behind it).
 */
export const ACTIVITY_KEYS = {
  dutyActive: ["Q1", "Q2", "Q3", "Q4", "YEAR"],
  stations: ["RECEPTION_DAYS", "VISITS", "ITEMS"],
  groups: ["POLICY_EXPLANATION", "RESEARCH", "LEGISLATION", "SUPERVISION", "REPORTS"],
  training: ["ATTENDED", "REFLECTIONS", "CHARS"],
} as const satisfies Record<TActivityFigure, readonly string[]>;

/** Keys that sum a quantity rather than count rows: shown, never drilled into. */
export const SUM_KEYS: readonly string[] = ["CHARS"];

export function isFigureId(v: unknown): v is TFigureId {
  return typeof v === "string" && (FIGURE_IDS as readonly string[]).includes(v);
}

export const ON_TIME_KEYS = ["ON_TIME", "LATE"] as const;

/** The keys each figure shows, in display order (overdue's keys are unit ids, found in the data). */
export const FIGURE_KEYS = {
  total: ["ALL"],
  stage: STAGES,
  onTime: ON_TIME_KEYS,
  firstSatisfaction: SATISFACTIONS,
  finalSatisfaction: SATISFACTIONS,
  resultClass: DEFAULT_WORKFLOW_CONFIG.resultClasses,
  followUp: DEFAULT_WORKFLOW_CONFIG.followUpClasses,
} as const satisfies Partial<Record<TFigureId, readonly string[]>>;

const KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/**
 * A key a drill-down URL may carry: one of the figure's keys; for overdue ALL or a unit id; for
 * deputies ALL, a level, or `region:<id>` (a child region).
 */
export function isFigureKey(figure: TFigureId, key: string): boolean {
  if (figure === "overdue") return key === "ALL" || new RegExp(`^${UUID}$`, "i").test(key);
  if (figure === "deputies") return key === "ALL" || (DEPUTY_LEVELS as readonly string[]).includes(key) || new RegExp(`^region:${UUID}$`, "i").test(key);
  if (figure === "dutyActive" && ((DEPUTY_LEVELS as readonly string[]).includes(key) || new RegExp(`^region:${UUID}$`, "i").test(key))) return true;
  if (isActivityFigure(figure)) return !SUM_KEYS.includes(key) && (ACTIVITY_KEYS[figure] as readonly string[]).includes(key);
  return KEY_PATTERN.test(key) && (FIGURE_KEYS[figure] as readonly string[]).includes(key);
}

export type TCounts = Readonly<Record<string, number>>;

/** part / whole as a fraction, or null when there is nothing to divide. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** 满意 + 基本满意 over all evaluations counted. */
export function satisfactionRate(counts: TCounts): number | null {
  const total = SATISFACTIONS.reduce((s, k) => s + (counts[k] ?? 0), 0);
  return rate((counts.SATISFIED ?? 0) + (counts.BASICALLY_SATISFIED ?? 0), total);
}

export function onTimeRate(counts: TCounts): number | null {
  return rate(counts.ON_TIME ?? 0, (counts.ON_TIME ?? 0) + (counts.LATE ?? 0));
}

/** A percentage with one decimal for display ("87.5"), or null. */
export function percent(fraction: number | null): string | null {
  return fraction === null ? null : (Math.round(fraction * 1000) / 10).toFixed(1);
}

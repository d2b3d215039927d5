import { computePoints, type TPointsSummary, type TRuleTable } from "./points";
import type { TDutyRecordStatus, TDutyRecordType } from "./record-types";

/**
 * A deputy's yearly duty archive (履职档案), computed from facts only: the same facts in any order
 * give the same archive, so recomputing it never drifts and never double counts.
 */
export type TArchiveRecord = { id: string; type: TDutyRecordType; date: string; status: TDutyRecordStatus; place: string; origin: string };
export type TArchiveSuggestion = { id: string; trackingNumber: string; title: string; stage: string; satisfaction: string | null; isLead: boolean };
export type TArchiveTraining = { courseId: string; title: string; startsOn: string; attended: boolean };
export type TArchiveReflection = { id: string; title: string; studiedOn: string; charCount: number };

export type TArchiveInput = {
  year: number;
  records: readonly TArchiveRecord[];
  rules: TRuleTable;
  suggestions: readonly TArchiveSuggestion[];
  training: readonly TArchiveTraining[];
  reflections: readonly TArchiveReflection[];
};

export type TArchive = {
  year: number;
  confirmed: TArchiveRecord[];
  pendingCount: number;
  points: TPointsSummary;
  suggestions: { list: TArchiveSuggestion[]; total: number; closed: number; satisfied: number };
  stationDuty: number;
  training: { list: TArchiveTraining[]; enrolled: number; attended: number };
  study: { sessions: number; reflections: number; characters: number; list: TArchiveReflection[] };
};

const byDateThenId = <T extends { id: string }>(date: (x: T) => string) => (a: T, b: T) =>
  date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function buildArchive(input: TArchiveInput): TArchive {
  const inYear = input.records.filter((r) => Number(r.date.slice(0, 4)) === input.year);
  const confirmed = inYear.filter((r) => r.status === "CONFIRMED").sort(byDateThenId((r) => r.date));
  const suggestions = [...input.suggestions].sort((a, b) => (a.trackingNumber < b.trackingNumber ? -1 : a.trackingNumber > b.trackingNumber ? 1 : 0));
  const training = input.training.filter((t) => Number(t.startsOn.slice(0, 4)) === input.year).sort((a, b) => (a.startsOn + a.courseId < b.startsOn + b.courseId ? -1 : 1));
  const reflections = input.reflections.filter((r) => Number(r.studiedOn.slice(0, 4)) === input.year).sort(byDateThenId((r) => r.studiedOn));
  return {
    year: input.year,
    confirmed,
    pendingCount: inYear.filter((r) => r.status === "SUBMITTED").length,
    points: computePoints(confirmed, input.rules),
    suggestions: {
      list: suggestions,
      total: suggestions.length,
      closed: suggestions.filter((s) => s.stage === "CLOSED").length,
      satisfied: suggestions.filter((s) => s.satisfaction === "SATISFIED" || s.satisfaction === "BASICALLY_SATISFIED").length,
    },
    stationDuty: confirmed.filter((r) => r.type === "STATION_DUTY").length,
    training: { list: training, enrolled: training.length, attended: training.filter((t) => t.attended).length },
    study: {
      sessions: confirmed.filter((r) => r.type === "STUDY").length,
      reflections: reflections.length,
      characters: reflections.reduce((n, r) => n + r.charCount, 0),
      list: reflections,
    },
  };
}

/** Deputies with fewer than `threshold` confirmed records dated in the quarter. */
export const LOW_ACTIVITY_THRESHOLD = 2;

export function lowActivity<T extends { deputyId: string; recordsThisQuarter: number }>(rows: readonly T[], threshold = LOW_ACTIVITY_THRESHOLD): T[] {
  return rows.filter((r) => r.recordsThisQuarter < threshold).sort((a, b) => a.recordsThisQuarter - b.recordsThisQuarter || (a.deputyId < b.deputyId ? -1 : 1));
}

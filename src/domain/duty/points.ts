import { CATEGORY_OF, DUTY_CATEGORIES, DUTY_RECORD_TYPES, type TDutyCategory, type TDutyRecordType } from "./record-types";

/**
 * Duty points (履职积分): each confirmed record of a type earns that type's points, and a type
 * adds at most its yearly cap in one year. Rules are stored per committee and year; a year without
 * its own rows uses the latest earlier year's, and before any rows the defaults below. So editing
 * 2026's rules never rewrites 2025's archive.
 */
export type TPointRule = { points: number; yearlyCap: number };
export type TRuleTable = Readonly<Record<TDutyRecordType, TPointRule>>;

export const MAX_POINTS_PER_RECORD = 100;
export const MAX_YEARLY_CAP = 1000;

export const DEFAULT_RULES: TRuleTable = {
  STUDY: { points: 2, yearlyCap: 20 },
  TRAINING: { points: 5, yearlyCap: 20 },
  STATION_DUTY: { points: 3, yearlyCap: 30 },
  INSPECTION: { points: 4, yearlyCap: 20 },
  RESEARCH: { points: 4, yearlyCap: 20 },
  LAW_ENFORCEMENT: { points: 5, yearlyCap: 20 },
  SPECIAL_INQUIRY: { points: 5, yearlyCap: 15 },
  PROMOTION: { points: 2, yearlyCap: 10 },
  MEDIATION: { points: 2, yearlyCap: 20 },
  FACE_TO_FACE: { points: 2, yearlyCap: 10 },
  GRID_WORK: { points: 1, yearlyCap: 10 },
  SUGGESTION: { points: 5, yearlyCap: 25 },
  VOTE: { points: 2, yearlyCap: 10 },
  GROUP_ACTIVITY: { points: 2, yearlyCap: 10 },
};

export type TStoredRule = { year: number; type: TDutyRecordType; points: number; yearlyCap: number };

/** The rules in force for `year`: that year's rows, else the latest earlier year's, else the defaults. */
export function rulesForYear(stored: readonly TStoredRule[], year: number): { table: TRuleTable; fromYear: number | null } {
  const years = [...new Set(stored.map((r) => r.year))].filter((y) => y <= year).sort((a, b) => b - a);
  const fromYear = years[0] ?? null;
  if (fromYear === null) return { table: DEFAULT_RULES, fromYear: null };
  const table = { ...DEFAULT_RULES };
  for (const r of stored) if (r.year === fromYear) table[r.type] = { points: r.points, yearlyCap: r.yearlyCap };
  return { table, fromYear };
}

export type TPointsLine = { type: TDutyRecordType; count: number; raw: number; points: number; capped: boolean };
export type TPointsSummary = {
  byType: TPointsLine[];
  byCategory: Record<TDutyCategory, number>;
  total: number;
};

/** Points of one deputy's confirmed records of one year. Order of the records does not matter. */
export function computePoints(records: readonly { type: TDutyRecordType }[], rules: TRuleTable): TPointsSummary {
  const counts = new Map<TDutyRecordType, number>();
  for (const r of records) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const byCategory = Object.fromEntries(DUTY_CATEGORIES.map((c) => [c, 0])) as Record<TDutyCategory, number>;
  const byType: TPointsLine[] = [];
  let total = 0;
  for (const type of DUTY_RECORD_TYPES) {
    const count = counts.get(type) ?? 0;
    if (count === 0) continue;
    const rule = rules[type];
    const raw = count * Math.max(0, rule.points);
    const points = Math.min(raw, Math.max(0, rule.yearlyCap));
    byType.push({ type, count, raw, points, capped: raw > points });
    byCategory[CATEGORY_OF[type]] += points;
    total += points;
  }
  return { byType, byCategory, total };
}

/** A rule as staff type it: whole numbers, points 0–100, cap 0–1000. */
export function ruleProblem(rule: TPointRule): "points" | "yearlyCap" | null {
  if (!Number.isInteger(rule.points) || rule.points < 0 || rule.points > MAX_POINTS_PER_RECORD) return "points";
  if (!Number.isInteger(rule.yearlyCap) || rule.yearlyCap < 0 || rule.yearlyCap > MAX_YEARLY_CAP) return "yearlyCap";
  return null;
}

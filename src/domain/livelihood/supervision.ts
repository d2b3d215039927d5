/** Supervision of chosen projects (过程问效) and the year-end rating (结果评价). */
export const RATINGS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;
export type TRating = (typeof RATINGS)[number];

export const MAX_PROGRESS = 100;

/** A milestone is overdue from the day after its due day (Beijing days as YYYY-MM-DD) until it is complete. */
export function isMilestoneOverdue(m: { dueOn: string; progress: number }, today: string): boolean {
  return m.progress < MAX_PROGRESS && m.dueOn < today;
}

export type TRatingSummary = Record<TRating, number> & { total: number; satisfiedShare: number | null };

/** Counts per rating and the share 满意 + 基本满意 of all ratings (null when nobody rated). */
export function summarizeRatings(ratings: readonly TRating[]): TRatingSummary {
  const out = { SATISFIED: 0, BASICALLY_SATISFIED: 0, DISSATISFIED: 0 };
  for (const r of ratings) out[r]++;
  const total = ratings.length;
  return { ...out, total, satisfiedShare: total === 0 ? null : (out.SATISFIED + out.BASICALLY_SATISFIED) / total };
}

export function isRating(value: unknown): value is TRating {
  return typeof value === "string" && (RATINGS as readonly string[]).includes(value);
}

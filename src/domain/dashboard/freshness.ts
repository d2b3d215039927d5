/**
 * How fresh the figures must be (issue 6: no figure older than 5 minutes after a change).
 * - younger than BACKGROUND_AFTER_MS: served as they are;
 * - older: served, and a refresh starts after the response (stale-while-revalidate);
 * - older than SYNC_AFTER_MS (nobody looked for a while), or never refreshed: refreshed first.
 * A scheduled `npm run dashboard:refresh` every minute keeps them young even when nobody looks.
 */
export const BACKGROUND_AFTER_MS = 60_000;
export const SYNC_AFTER_MS = 4 * 60_000;
/** Item changes are re-read this far behind the watermark (a transaction may commit up to 45 s late). */
export const WATERMARK_OVERLAP_MS = 2 * 60_000;

export type TFreshness = "fresh" | "background" | "sync";

export function freshnessOf(refreshedAt: Date | null, now: Date): TFreshness {
  if (!refreshedAt) return "sync";
  const age = now.getTime() - refreshedAt.getTime();
  if (age >= SYNC_AFTER_MS || age < 0) return "sync";
  return age >= BACKGROUND_AFTER_MS ? "background" : "fresh";
}

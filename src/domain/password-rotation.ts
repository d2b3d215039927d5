/**
 * Password history and expiry (security.md #1; MLPS asks for periodic change): the last five
 * passwords — the current one and the four before it — may not be chosen again, and a password
 * older than the configured maximum age (default 180 days; 0 turns expiry off) must be changed
 * before anything else is done.
 */
export const PASSWORD_HISTORY_SIZE = 5;
export const PASSWORD_MAX_AGE_DAYS_DEFAULT = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The previous hashes to keep after a change: the outgoing current one first, four in all. */
export function nextPasswordHistory(outgoingHash: string, history: readonly string[]): string[] {
  return [outgoingHash, ...history].slice(0, PASSWORD_HISTORY_SIZE - 1);
}

export function passwordExpired(changedAt: Date, now: Date, maxAgeDays: number): boolean {
  if (maxAgeDays <= 0) return false;
  return now.getTime() - changedAt.getTime() >= maxAgeDays * DAY_MS;
}

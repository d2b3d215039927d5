/**
 * Failed sign-in counting (security.md #2, #14). Per account: 5 failures lock it for 15 minutes.
 * Per IP: 30 failures within 15 minutes throttle that address for the rest of the window. Unknown
 * account names are counted exactly like real ones, so the answers reveal nothing.
 */
export type TThrottlePolicy = { limit: number; windowMs: number; lockMs: number };

export const ACCOUNT_POLICY: TThrottlePolicy = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_POLICY: TThrottlePolicy = { limit: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export type TThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export function isLocked(state: TThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure at `now`. A lapsed window or an expired lock starts afresh. */
export function afterFailure(state: TThrottleState | null, now: Date, policy: TThrottlePolicy): TThrottleState {
  const lapsed =
    !state ||
    now.getTime() - state.windowStart.getTime() >= policy.windowMs ||
    (state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime());
  const failures = lapsed ? 1 : state.failures + 1;
  const windowStart = lapsed ? now : state.windowStart;
  const lockedUntil = failures >= policy.limit ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures, windowStart, lockedUntil };
}

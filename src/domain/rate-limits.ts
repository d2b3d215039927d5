/**
 * Rate-limit policies (security.md #14): points allowed per duration, per key. Sign-in has its own
 * counters (login-throttle.ts) because it also locks accounts; everything else a stranger can
 * call repeatedly is limited here.
 */
export type TRateLimitPolicy = { points: number; durationSeconds: number };

export const RATE_LIMITS = {
  /** the public one-click form, per client address */
  publicSubmitPerIp: { points: 5, durationSeconds: 10 * 60 },
  /** the public one-click form, per contact phone (normalised) */
  publicSubmitPerPhone: { points: 3, durationSeconds: 24 * 60 * 60 },
  /** tracking-number look-ups, per client address */
  trackLookupPerIp: { points: 30, durationSeconds: 60 },
  /** password-reset requests, per client address */
  passwordResetPerIp: { points: 5, durationSeconds: 60 * 60 },
  /** the public livelihood-project proposal form, per client address (issue 7) */
  livelihoodProposalPerIp: { points: 5, durationSeconds: 10 * 60 },
} as const satisfies Record<string, TRateLimitPolicy>;

export type TRateLimitName = keyof typeof RATE_LIMITS;

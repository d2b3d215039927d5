import type { TActionState } from "@/lib/action-state";

/** The public form's outcome: the usual state, plus the tracking number or when to try again. */
export type TPublicSubmitState = TActionState & { trackingNumber?: string; retryAfterMinutes?: number };

export const INITIAL_PUBLIC_SUBMIT_STATE: TPublicSubmitState = { ok: false };

export const retryMinutes = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

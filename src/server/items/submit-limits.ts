import "server-only";
import { consumeRateLimit } from "../rate-limit";
import type { TRequestContext } from "../request-context";

/** A public submission over its rate limit (security.md #14): nothing was written. */
export class SubmissionLimited extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    super("submission rate-limited");
    this.name = "SubmissionLimited";
  }
}

/** Counts a submission without an account, per client address and, when one is given, per phone. */
export async function limitPublicSubmission(ctx: TRequestContext, phone: string | undefined): Promise<void> {
  const perIp = await consumeRateLimit("publicSubmitPerIp", ctx.ip ?? "unknown");
  if (!perIp.allowed) throw new SubmissionLimited(perIp.retryAfterSeconds);
  if (!phone) return;
  const perPhone = await consumeRateLimit("publicSubmitPerPhone", phone);
  if (!perPhone.allowed) throw new SubmissionLimited(perPhone.retryAfterSeconds);
}

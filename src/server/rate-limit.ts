import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { RATE_LIMITS, type TRateLimitName } from "@/domain/rate-limits";
import type { TDb } from "./db";
import { getDb } from "./db";

/**
 * Rate limits on rate-limiter-flexible (maintained, atomic increments, used widely) with its
 * Prisma store, so the counters live in our database: every app instance sees the same ones, on
 * PostgreSQL and on the embedded database alike. A route answers 429 with Retry-After when
 * `consume` says no.
 */
export type TRateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

const limiters = new WeakMap<TDb, Map<TRateLimitName, RateLimiterPrisma>>();

function limiter(db: TDb, name: TRateLimitName): RateLimiterPrisma {
  let byName = limiters.get(db);
  if (!byName) {
    byName = new Map();
    limiters.set(db, byName);
  }
  let found = byName.get(name);
  if (!found) {
    const policy = RATE_LIMITS[name];
    found = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: name,
      points: policy.points,
      duration: policy.durationSeconds,
    });
    byName.set(name, found);
  }
  return found;
}

/** Counts one request for `key` under the named policy. Database errors propagate (fail closed). */
export async function consumeRateLimit(name: TRateLimitName, key: string, db: TDb = getDb()): Promise<TRateDecision> {
  try {
    const res = await limiter(db, name).consume(key.slice(0, 200));
    return { allowed: true, remaining: res.remainingPoints };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

import "server-only";
import { afterFailure, isLocked, type TThrottlePolicy, type TThrottleState } from "@/domain/login-throttle";
import type { TTx } from "../db";

/** Counters live in the database so that several app instances see the same lockouts. */
export async function readThrottle(tx: TTx, key: string): Promise<TThrottleState | null> {
  return tx.loginThrottle.findUnique({
    where: { key },
    select: { failures: true, windowStart: true, lockedUntil: true },
  });
}

export async function throttleLocked(tx: TTx, key: string, now: Date): Promise<boolean> {
  return isLocked(await readThrottle(tx, key), now);
}

/** Counts one failure under a row lock, so that simultaneous failures are all counted. */
export async function countFailure(tx: TTx, key: string, now: Date, policy: TThrottlePolicy): Promise<TThrottleState> {
  await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "updatedAt")
    VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
  await tx.$queryRaw`SELECT 1 FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
  const next = afterFailure(await readThrottle(tx, key), now, policy);
  await tx.loginThrottle.update({ where: { key }, data: next });
  return next;
}

export async function clearThrottle(tx: TTx, key: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { key } });
}

export const accountKey = (username: string) => `acct:${username}`;
export const ipKey = (ip: string) => `ip:${ip}`;

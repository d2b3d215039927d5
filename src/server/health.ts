import "server-only";
import { getDb } from "./db";

export type THealth = { status: "ok" | "unavailable"; database: "up" | "down"; checkedAt: string };

/** Asks the database for one row within two seconds. */
export async function checkHealth(timeoutMs = 2_000): Promise<THealth> {
  const checkedAt = new Date().toISOString();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const probe = getDb().$queryRaw`SELECT 1`;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("health check timed out")), timeoutMs);
    });
    await Promise.race([probe, timeout]);
    return { status: "ok", database: "up", checkedAt };
  } catch {
    return { status: "unavailable", database: "down", checkedAt };
  } finally {
    clearTimeout(timer);
  }
}

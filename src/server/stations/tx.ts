import "server-only";
import type { TSessionUser } from "@/server/session";

/** Generous: the audit chain serializes writers (as in src/server/items/commands.ts). */
export const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

export const auditActor = (actor: TSessionUser) => ({ id: actor.id, username: actor.username, role: actor.role });

/** A calendar day key "YYYY-MM-DD" as the Date a `@db.Date` column stores (UTC midnight). */
export const dayToDb = (key: string) => new Date(`${key}T00:00:00.000Z`);
export const dayFromDb = (d: Date) => d.toISOString().slice(0, 10);

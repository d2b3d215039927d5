import { z } from "zod";

/** Any 8-4-4-4-12 hex id: what a `@db.Uuid` column accepts. Anything else never reaches the database. */
const ZId = z.guid();

export function isId(value: unknown): value is string {
  return ZId.safeParse(value).success;
}

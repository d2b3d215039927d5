import "server-only";
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/server/errors";

/** For pages: out of scope is a 404, a role without the right is the 403 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}

/** Today in Beijing as YYYY-MM-DD (the default of date fields). */
export function todayKey(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

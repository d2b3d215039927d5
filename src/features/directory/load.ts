import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";

/** For detail pages: a record that does not exist, or lies outside the caller's scope, is a 404. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

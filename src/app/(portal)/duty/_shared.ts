import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";

/** A NotFoundError from src/server becomes the 404 page (forged or foreign ids learn nothing). */
export const orNotFound = (e: unknown): never => {
  if (e instanceof NotFoundError) notFound();
  throw e;
};

export const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

import "server-only";
import { getDb } from "../db";

export type TPublicCommittee = { id: string; name: string };

/** The standing committees a resident may address: id and name only, no session needed. */
export async function listPublicCommittees(): Promise<TPublicCommittee[]> {
  return getDb().standingCommittee.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" }, take: 100 });
}

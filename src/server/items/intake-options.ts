import "server-only";
import { assertCan } from "../authz";
import type { TTrackingSource } from "@/domain/tracking-number";
import { getDb } from "../db";
import type { TSessionUser } from "../session";
import { sourcesFor } from "./submit-input";

export type TOption = { id: string; name: string };
export type TSubmitOptions = {
  sources: readonly TTrackingSource[];
  /** deputies who may be named as sponsors: the active deputies of the submitter's committee (not the submitter) */
  deputies: TOption[];
  /** a station manager's own stations */
  stations: TOption[];
};

const MAX_DEPUTIES = 1000;

/** What the submission form offers this user: their sources, the deputies they may name, their stations. */
export async function submitOptions(actor: TSessionUser): Promise<TSubmitOptions> {
  assertCan(actor, "item:submit");
  const db = getDb();
  const sources = sourcesFor(actor.role);
  if (actor.role === "STATION_MANAGER") {
    const stations = await db.liaisonStation.findMany({ where: { managerId: actor.id, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
    return { sources, deputies: [], stations };
  }
  const committeeId =
    actor.role === "DEPUTY" ? ((await db.deputy.findUnique({ where: { userId: actor.id }, select: { committeeId: true } }))?.committeeId ?? null) : actor.committeeId;
  if (!committeeId) return { sources, deputies: [], stations: [] };
  const rows = await db.deputy.findMany({
    where: { committeeId, status: "ACTIVE", userId: { not: null }, NOT: { userId: actor.id }, user: { role: "DEPUTY", active: true } },
    select: { name: true, userId: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_DEPUTIES,
  });
  const deputies = rows.flatMap((r) => (r.userId ? [{ id: r.userId, name: r.name }] : []));
  return { sources, deputies, stations: [] };
}

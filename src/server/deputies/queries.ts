import "server-only";
import type { DeputyLevel, Gender, RegionLevel } from "@/generated/prisma/enums";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { isId } from "../directory/ids";
import type { TActor } from "../authz";
import { assertCan } from "../authz";
import { maskedPii, type TMaskedPii } from "./pii";
import { writeScopeOf } from "./scope";

export type TOption = { id: string; name: string };
export type TDeputyFormOptions = {
  committees: (TOption & { termNumber: number })[];
  delegations: (TOption & { committeeId: string })[];
  regions: (TOption & { level: RegionLevel })[];
  groups: TOption[];
  stations: TOption[];
};

const LEVEL_ORDER: Record<RegionLevel, number> = { PROVINCE: 0, CITY: 1, COUNTY: 2, TOWNSHIP: 3 };

/** Everything the staff form may choose from: all within the actor's write scope. */
export async function deputyFormOptions(actor: TActor): Promise<TDeputyFormOptions> {
  const scope = await writeScopeOf(actor);
  const regionIds = [...scope.regionIds];
  const committeeIds = [...scope.committeeIds];
  const db = getDb();
  const [committees, delegations, regions, groups, stations] = await Promise.all([
    db.standingCommittee.findMany({ where: { id: { in: committeeIds } }, select: { id: true, name: true, termNumber: true }, orderBy: { name: "asc" } }),
    db.delegation.findMany({ where: { committeeId: { in: committeeIds } }, select: { id: true, name: true, committeeId: true }, orderBy: { name: "asc" } }),
    db.region.findMany({ where: { id: { in: regionIds } }, select: { id: true, name: true, level: true }, orderBy: { code: "asc" } }),
    db.professionalGroup.findMany({ where: { committee: { regionId: { in: regionIds } } }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 300 }),
    db.liaisonStation.findMany({ where: { regionId: { in: regionIds } }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
  ]);
  regions.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return { committees, delegations, regions, groups, stations };
}

export type TDeputyEditValues = {
  id: string;
  name: string;
  gender: Gender;
  level: DeputyLevel;
  committeeId: string;
  termNumber: number;
  delegationId: string | null;
  regionId: string;
  workUnit: string | null;
  title: string | null;
  expertise: string[];
  bio: string | null;
  status: "ACTIVE" | "TERMINATED";
  groupIds: string[];
  stationIds: string[];
  /** masks only: the form never holds a clear number */
  pii: TMaskedPii;
};

/** A deputy the actor may edit, as the edit form shows it; 404 for anyone else's. */
export async function getDeputyForEdit(actor: TActor, id: string): Promise<TDeputyEditValues> {
  const scope = await writeScopeOf(actor);
  if (!isId(id)) throw new NotFoundError("deputy");
  const d = await getDb().deputy.findFirst({
    where: { id, committeeId: { in: [...scope.committeeIds] } },
    select: {
      id: true, name: true, gender: true, level: true, committeeId: true, termNumber: true, delegationId: true, regionId: true,
      workUnit: true, title: true, expertise: true, bio: true, status: true, idCardCipher: true, phoneCipher: true, addressCipher: true,
      groups: { select: { groupId: true } }, stations: { select: { stationId: true } },
    },
  });
  if (!d) throw new NotFoundError("deputy");
  const { idCardCipher, phoneCipher, addressCipher, groups, stations, ...rest } = d;
  return { ...rest, groupIds: groups.map((g) => g.groupId), stationIds: stations.map((s) => s.stationId), pii: maskedPii({ idCardCipher, phoneCipher, addressCipher }) };
}

/** True when the actor may edit this deputy (the page shows the edit controls). */
export async function canEditDeputy(actor: TActor, committeeId: string): Promise<boolean> {
  try {
    assertCan(actor, "deputy:write");
  } catch {
    return false;
  }
  return (await writeScopeOf(actor)).committeeIds.has(committeeId);
}

export type TOwnProfileValues = { expertise: string[]; bio: string | null; pii: TMaskedPii };

/** The signed-in deputy's own editable fields (masked contact details); null without a linked record. */
export async function getOwnProfileValues(actor: TActor): Promise<TOwnProfileValues | null> {
  assertCan(actor, "deputy:editSelf");
  if (!isId(actor.id)) return null;
  const d = await getDb().deputy.findUnique({
    where: { userId: actor.id },
    select: { expertise: true, bio: true, idCardCipher: true, phoneCipher: true, addressCipher: true },
  });
  if (!d) return null;
  return { expertise: d.expertise, bio: d.bio, pii: maskedPii(d) };
}

import "server-only";
import { cache } from "react";
import { getDb } from "@/server/db";
import type { TActor } from "../authz";
import { EMPTY_TREE, regionSubtree, type TRegionTree } from "./regions";

/**
 * Object-level scope (security.md #7). STAFF and LEADER read their standing committee's region and
 * everything below it. A DEPUTY reads (stations, groups) within the committee they were elected to.
 * Every other role has no region scope: its reads are by ownership (own unit, own station).
 * Fails closed: an account without a committee sees nothing.
 */
export async function committeeOfActor(actor: TActor): Promise<string | null> {
  switch (actor.role) {
    case "STAFF":
    case "LEADER":
      return actor.committeeId;
    case "DEPUTY": {
      const deputy = await getDb().deputy.findUnique({ where: { userId: actor.id }, select: { committeeId: true } });
      return deputy?.committeeId ?? null;
    }
    case "ADMIN":
    case "AUDITOR":
    case "UNIT":
    case "STATION_MANAGER":
      return null;
  }
}

/** Once per request in a page that runs several queries (React cache; no caching outside a request). */
const committeeTree = cache(async (committeeId: string): Promise<TRegionTree> => {
  const committee = await getDb().standingCommittee.findUnique({ where: { id: committeeId }, select: { regionId: true } });
  return committee ? regionSubtree([committee.regionId]) : EMPTY_TREE;
});

export async function regionTreeOf(actor: TActor): Promise<TRegionTree> {
  const committeeId = await committeeOfActor(actor);
  return committeeId ? committeeTree(committeeId) : EMPTY_TREE;
}

import type { Prisma } from "@/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./accounts";
import { SPECIAL_COMMITTEES, committeeSeeds, delegationSeeds } from "./committees";
import { deputySeeds } from "./deputies";
import { groupKey, groupSeeds } from "./groups";
import { demoId } from "./ids";
import { regionSeeds } from "./regions";
import { stationKey, stationSeeds } from "./stations";
import { unitKey, unitSeeds } from "./units";

export type TUserPlan = Omit<Prisma.UserCreateManyInput, "passwordHash"> & { id: string; username: string };

/** Every demo row with its id, in insertion order (parents before children). Pure: no database. */
export type TDemoPlan = {
  regions: Prisma.RegionCreateManyInput[];
  committees: Prisma.StandingCommitteeCreateManyInput[];
  specialCommittees: Prisma.SpecialCommitteeCreateManyInput[];
  delegations: Prisma.DelegationCreateManyInput[];
  units: Prisma.HandlingUnitCreateManyInput[];
  users: TUserPlan[];
  stations: Prisma.LiaisonStationCreateManyInput[];
  groups: Prisma.ProfessionalGroupCreateManyInput[];
  deputies: Prisma.DeputyCreateManyInput[];
  groupMembers: Prisma.GroupMemberCreateManyInput[];
  stationDeputies: Prisma.StationDeputyCreateManyInput[];
};

/** Looks a key up among ids the plan has declared: a typo in the data tables fails loudly here. */
function resolver(kind: string, keys: Iterable<string>): (key: string) => string {
  const known = new Set(keys);
  return (key) => {
    if (!known.has(key)) throw new Error(`demo data: unknown ${kind} "${key}"`);
    return demoId(kind, key);
  };
}

export function buildDemoPlan(): TDemoPlan {
  const regionRows = regionSeeds();
  const region = resolver("region", regionRows.map((r) => r.code));
  const committeeRows = committeeSeeds();
  const committee = resolver("committee", committeeRows.map((c) => c.region));
  const specialRows = Object.entries(SPECIAL_COMMITTEES).flatMap(([code, names]) => names.map((name) => ({ code, name })));
  const special = resolver("special", specialRows.map((s) => `${s.code}/${s.name}`));
  const delegationRows = delegationSeeds();
  const delegation = resolver("delegation", delegationRows.map((d) => `${d.committee}/${d.name}`));
  const unitRows = unitSeeds();
  const unit = resolver("unit", unitRows.map((u) => unitKey(u.committee, u.name)));
  const stationRows = stationSeeds();
  const station = resolver("station", stationRows.map((s) => stationKey(s.region, s.name)));
  const groupRows = groupSeeds();
  const group = resolver("group", groupRows.map((g) => groupKey(g.committee, g.name)));
  const user = resolver("user", DEMO_ACCOUNTS.map((a) => a.username));
  const deputyRows = deputySeeds();

  const managerOf = new Map(
    DEMO_ACCOUNTS.filter((a) => a.station).map((a) => [stationKey(a.station!.region, a.station!.name), user(a.username)]),
  );
  const deputyAccount = new Map(deputyRows.filter((d) => d.account).map((d) => [d.account!, d.name]));

  const deputies = deputyRows.map((d) => ({
    id: demoId("deputy", `${d.committee}/${d.name}`),
    name: d.name,
    gender: d.gender,
    level: d.level,
    committeeId: committee(d.committee),
    termNumber: d.termNumber,
    delegationId: d.delegation ? delegation(`${d.committee}/${d.delegation}`) : null,
    regionId: region(d.region),
    workUnit: d.workUnit,
    title: d.title,
    expertise: d.expertise,
    userId: d.account ? user(d.account) : null,
  }));

  return {
    regions: regionRows.map((r) => ({
      id: region(r.code),
      code: r.code,
      name: r.name,
      level: r.level,
      parentId: r.parent ? region(r.parent) : null,
    })),
    committees: committeeRows.map((c) => ({ id: committee(c.region), name: c.name, regionId: region(c.region), termNumber: c.termNumber })),
    specialCommittees: specialRows.map((s) => ({ id: special(`${s.code}/${s.name}`), name: s.name, committeeId: committee(s.code) })),
    delegations: delegationRows.map((d) => ({ id: delegation(`${d.committee}/${d.name}`), name: d.name, committeeId: committee(d.committee) })),
    units: unitRows.map((u) => ({
      id: unit(unitKey(u.committee, u.name)),
      name: u.name,
      kind: u.kind,
      committeeId: committee(u.committee),
      regionId: region(u.region),
    })),
    users: DEMO_ACCOUNTS.map((a) => ({
      id: user(a.username),
      username: a.username,
      displayName: deputyAccount.get(a.username) ?? a.displayName,
      role: a.role,
      committeeId: a.committee ? committee(a.committee) : null,
      unitId: a.unit ? unit(unitKey(a.unit.committee, a.unit.name)) : null,
    })),
    stations: stationRows.map((s) => {
      const key = stationKey(s.region, s.name);
      return { id: station(key), name: s.name, kind: s.kind, regionId: region(s.region), theme: s.theme, address: s.address, managerId: managerOf.get(key) ?? null };
    }),
    groups: groupRows.map((g) => ({
      id: group(groupKey(g.committee, g.name)),
      name: g.name,
      field: g.field,
      committeeId: committee(g.committee),
      leadCommitteeId: special(`${g.committee}/${g.lead}`),
    })),
    deputies,
    groupMembers: deputyRows.flatMap((d, i) => d.groups.map((g) => ({ groupId: group(g.key), deputyId: deputies[i]!.id, isLeader: g.leader }))),
    stationDeputies: deputyRows.flatMap((d, i) => [...new Set(d.stations)].map((s) => ({ stationId: station(s), deputyId: deputies[i]!.id }))),
  };
}

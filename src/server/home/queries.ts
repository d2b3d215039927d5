import "server-only";
import type { AuditResult, DeputyLevel, Role, StationKind, UnitKind } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { UnavailableError, isDatabaseUnavailable } from "@/server/errors";
import { assertCan, type TActor } from "@/server/authz";
import { regionTreeOf } from "@/server/directory/scope";
import { startOfBeijingDay } from "./day";

/**
 * The home page's summary for the signed-in user, scoped to them and nothing else: STAFF/LEADER
 * their committee's region subtree (the same scope as the directory pages), DEPUTY their own
 * deputy record, UNIT their unit, STATION_MANAGER the stations they manage, ADMIN account counts
 * (no business data, 三员分立), AUDITOR today's audit rows. Only counts and names are selected.
 */
export type THomeSummary =
  | { kind: "committee"; committeeName: string; deputiesByLevel: { level: DeputyLevel; count: number }[]; stations: number; groups: number; units: number }
  | { kind: "deputy"; groups: { id: string; name: string; isLeader: boolean }[]; stations: { id: string; name: string; kind: StationKind }[] }
  | { kind: "unit"; name: string; unitKind: UnitKind; regionName: string; committeeName: string }
  | { kind: "stations"; stations: { id: string; name: string; kind: StationKind; theme: string | null; regionName: string; deputies: number }[] }
  | { kind: "accounts"; byRole: { role: Role; count: number }[]; active: number; inactive: number }
  | { kind: "audit"; byResult: { result: AuditResult; count: number }[]; total: number }
  /** the account lacks the link its role needs (committee, deputy record, unit) */
  | { kind: "unlinked"; role: Role };

export const DEPUTY_LEVEL_ORDER: readonly DeputyLevel[] = ["NATIONAL", "PROVINCIAL", "PREFECTURAL", "COUNTY", "TOWNSHIP"];
const ROLE_ORDER: readonly Role[] = ["ADMIN", "AUDITOR", "STAFF", "LEADER", "DEPUTY", "UNIT", "STATION_MANAGER"];
const RESULT_ORDER: readonly AuditResult[] = ["SUCCESS", "FAILURE", "DENIED"];

/** groupBy rows → one entry per value in a fixed order, zeros included. */
function tally<K extends string>(order: readonly K[], rows: { key: K; count: number }[]): { key: K; count: number }[] {
  return order.map((key) => ({ key, count: rows.find((r) => r.key === key)?.count ?? 0 }));
}

async function committeeSummary(actor: TActor): Promise<THomeSummary> {
  if (!actor.committeeId) return { kind: "unlinked", role: actor.role };
  const db = getDb();
  const [committee, tree] = await Promise.all([
    db.standingCommittee.findUnique({ where: { id: actor.committeeId }, select: { name: true } }),
    regionTreeOf(actor),
  ]);
  if (!committee || tree.ids.length === 0) return { kind: "unlinked", role: actor.role };
  const inScope = { in: tree.ids };
  const [levels, stations, groups, units] = await Promise.all([
    db.deputy.groupBy({ by: ["level"], where: { regionId: inScope, status: "ACTIVE" }, _count: { _all: true } }),
    db.liaisonStation.count({ where: { regionId: inScope, active: true } }),
    db.professionalGroup.count({ where: { committee: { regionId: inScope } } }),
    db.handlingUnit.count({ where: { regionId: inScope, active: true } }),
  ]);
  const deputiesByLevel = tally(DEPUTY_LEVEL_ORDER, levels.map((r) => ({ key: r.level, count: r._count._all }))).map(
    ({ key, count }) => ({ level: key, count }),
  );
  return { kind: "committee", committeeName: committee.name, deputiesByLevel, stations, groups, units };
}

async function deputySummary(actor: TActor): Promise<THomeSummary> {
  if (!actor.deputyId) return { kind: "unlinked", role: actor.role };
  const db = getDb();
  const [memberships, postings] = await Promise.all([
    db.groupMember.findMany({
      where: { deputyId: actor.deputyId },
      select: { isLeader: true, group: { select: { id: true, name: true } } },
      orderBy: { group: { name: "asc" } },
    }),
    db.stationDeputy.findMany({
      where: { deputyId: actor.deputyId, station: { active: true } },
      select: { station: { select: { id: true, name: true, kind: true } } },
      orderBy: { station: { name: "asc" } },
    }),
  ]);
  return {
    kind: "deputy",
    groups: memberships.map((m) => ({ id: m.group.id, name: m.group.name, isLeader: m.isLeader })),
    stations: postings.map((p) => p.station),
  };
}

async function unitSummary(actor: TActor): Promise<THomeSummary> {
  if (!actor.unitId) return { kind: "unlinked", role: actor.role };
  const unit = await getDb().handlingUnit.findUnique({
    where: { id: actor.unitId },
    select: { name: true, kind: true, region: { select: { name: true } }, committee: { select: { name: true } } },
  });
  if (!unit) return { kind: "unlinked", role: actor.role };
  return { kind: "unit", name: unit.name, unitKind: unit.kind, regionName: unit.region.name, committeeName: unit.committee.name };
}

async function managedStations(actor: TActor): Promise<THomeSummary> {
  const rows = await getDb().liaisonStation.findMany({
    where: { managerId: actor.id, active: true },
    select: { id: true, name: true, kind: true, theme: true, region: { select: { name: true } }, _count: { select: { deputies: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return {
    kind: "stations",
    stations: rows.map((s) => ({ id: s.id, name: s.name, kind: s.kind, theme: s.theme, regionName: s.region.name, deputies: s._count.deputies })),
  };
}

async function accountSummary(): Promise<THomeSummary> {
  const db = getDb();
  const [roles, active, inactive] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.user.count({ where: { active: true } }),
    db.user.count({ where: { active: false } }),
  ]);
  const byRole = tally(ROLE_ORDER, roles.map((r) => ({ key: r.role, count: r._count._all }))).map(({ key, count }) => ({ role: key, count }));
  return { kind: "accounts", byRole, active, inactive };
}

async function auditToday(now: Date): Promise<THomeSummary> {
  const rows = await getDb().auditLog.groupBy({
    by: ["result"],
    where: { at: { gte: startOfBeijingDay(now) } },
    _count: { _all: true },
  });
  const byResult = tally(RESULT_ORDER, rows.map((r) => ({ key: r.result, count: r._count._all }))).map(({ key, count }) => ({ result: key, count }));
  return { kind: "audit", byResult, total: byResult.reduce((sum, r) => sum + r.count, 0) };
}

function summaryFor(actor: TActor, now: Date): Promise<THomeSummary> {
  switch (actor.role) {
    case "STAFF":
    case "LEADER":
      return committeeSummary(actor);
    case "DEPUTY":
      return deputySummary(actor);
    case "UNIT":
      return unitSummary(actor);
    case "STATION_MANAGER":
      return managedStations(actor);
    case "ADMIN":
      return accountSummary();
    case "AUDITOR":
      return auditToday(now);
  }
}

export async function getHomeSummary(actor: TActor, now: Date = new Date()): Promise<THomeSummary> {
  assertCan(actor, "home:view");
  try {
    return await summaryFor(actor, now);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new UnavailableError(error);
    throw error;
  }
}

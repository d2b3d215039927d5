import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed/demo";
// aliased: a "use…" name at the top level trips react-hooks/rules-of-hooks
import { useTestDatabase as testDatabase } from "../../../tests/helpers/test-db";
import { ROLES } from "@/domain/roles";
import { recordAudit } from "@/server/audit";
import type { TActor } from "@/server/authz";
import { actorFor, NANYANG, regionIdsUnder, XIANGCHENG } from "@/server/directory/fixtures";
import { getHomeSummary, type THomeSummary } from "./queries";

/**
 * The home page's counts, checked against oracles computed another way (in memory from plain
 * rows, or in SQL), per role. Each summary must hold only the caller's own scope.
 */
const db = testDatabase();

function expectKind<K extends THomeSummary["kind"]>(summary: THomeSummary, kind: K): Extract<THomeSummary, { kind: K }> {
  expect(summary.kind).toBe(kind);
  return summary as Extract<THomeSummary, { kind: K }>;
}

async function committeeOracle(regionCode: string) {
  const under = await regionIdsUnder(db(), regionCode);
  const deputies = await db().deputy.findMany({ select: { level: true, regionId: true, status: true } });
  const stations = await db().liaisonStation.findMany({ select: { regionId: true, active: true } });
  const groups = await db().professionalGroup.findMany({ select: { committee: { select: { regionId: true } } } });
  const units = await db().handlingUnit.findMany({ select: { regionId: true, active: true } });
  const byLevel = new Map<string, number>();
  for (const d of deputies) if (under.has(d.regionId) && d.status === "ACTIVE") byLevel.set(d.level, (byLevel.get(d.level) ?? 0) + 1);
  return {
    byLevel,
    stations: stations.filter((s) => s.active && under.has(s.regionId)).length,
    groups: groups.filter((g) => under.has(g.committee.regionId)).length,
    units: units.filter((u) => u.active && under.has(u.regionId)).length,
  };
}

beforeAll(async () => {
  await seedDemo(db());
}, 120_000);

describe("home summary", () => {
  it("counts Nanyang's deputies by level, stations, groups and units for its staff and leader alike", async () => {
    const oracle = await committeeOracle(NANYANG);
    for (const username of ["staff", "leader"]) {
      const s = expectKind(await getHomeSummary(await actorFor(db(), username)), "committee");
      expect(s.deputiesByLevel.map((r) => r.level)).toEqual(["NATIONAL", "PROVINCIAL", "PREFECTURAL", "COUNTY", "TOWNSHIP"]);
      expect(Object.fromEntries(s.deputiesByLevel.filter((r) => r.count > 0).map((r) => [r.level, r.count]))).toEqual(Object.fromEntries(oracle.byLevel));
      expect({ stations: s.stations, groups: s.groups, units: s.units }).toEqual({ stations: oracle.stations, groups: oracle.groups, units: oracle.units });
      expect(s.stations).toBeGreaterThanOrEqual(29); // the bulletin's 29 industry stations
    }
  });

  it("gives Xiangcheng's staff Xiangcheng's figures, not Nanyang's", async () => {
    const oracle = await committeeOracle(XIANGCHENG);
    const s = expectKind(await getHomeSummary(await actorFor(db(), "xc-staff")), "committee");
    expect({ stations: s.stations, units: s.units }).toEqual({ stations: oracle.stations, units: oracle.units });
    expect(s.units).toBeGreaterThanOrEqual(32);
    expect(s.stations).toBeGreaterThanOrEqual(17); // 16 township stations + 1 contact point (+ N)
  });

  it("shows a deputy exactly their own groups and stations", async () => {
    const actor = await actorFor(db(), "deputy");
    expect(actor.deputyId).not.toBeNull();
    const groups = await db().groupMember.findMany({ where: { deputyId: actor.deputyId! }, select: { groupId: true } });
    const stations = await db().stationDeputy.findMany({ where: { deputyId: actor.deputyId!, station: { active: true } }, select: { stationId: true } });
    const s = expectKind(await getHomeSummary(actor), "deputy");
    expect(s.groups.map((g) => g.id).sort()).toEqual(groups.map((g) => g.groupId).sort());
    expect(s.stations.map((x) => x.id).sort()).toEqual(stations.map((x) => x.stationId).sort());
  });

  it("shows a unit account its own unit and a station manager only the stations they manage", async () => {
    const unitActor = await actorFor(db(), "unit");
    const unit = await db().handlingUnit.findUniqueOrThrow({ where: { id: unitActor.unitId! }, select: { name: true } });
    expect(expectKind(await getHomeSummary(unitActor), "unit").name).toBe(unit.name);

    const manager = await actorFor(db(), "station");
    const managed = await db().liaisonStation.findMany({ where: { managerId: manager.id, active: true }, select: { id: true } });
    expect(managed.length).toBeGreaterThan(0);
    const s = expectKind(await getHomeSummary(manager), "stations");
    expect(s.stations.map((x) => x.id).sort()).toEqual(managed.map((x) => x.id).sort());
  });

  it("gives the administrator account counts only, by role, with active and disabled", async () => {
    const s = expectKind(await getHomeSummary(await actorFor(db(), "admin")), "accounts");
    const users = await db().user.findMany({ select: { role: true, active: true } });
    expect(s.byRole.map((r) => r.role)).toEqual([...ROLES]);
    for (const { role, count } of s.byRole) expect(count, role).toBe(users.filter((u) => u.role === role).length);
    expect(s.active).toBe(users.filter((u) => u.active).length);
    expect(s.inactive).toBe(users.filter((u) => !u.active).length);
  });

  it("counts today's audit rows (Beijing time) for the auditor, by result", async () => {
    const auditor = await actorFor(db(), "auditor");
    await recordAudit(db(), { actorName: "home-test", action: "auth.login", result: "FAILURE" });
    const oracle = await db().$queryRaw<{ result: string; n: bigint }[]>`
      SELECT "result"::text AS "result", count(*) AS "n" FROM "AuditLog"
      WHERE "at" >= (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai')
      GROUP BY "result"`;
    const s = expectKind(await getHomeSummary(auditor), "audit");
    expect(Object.fromEntries(s.byResult.filter((r) => r.count > 0).map((r) => [r.result, r.count]))).toEqual(
      Object.fromEntries(oracle.map((r) => [r.result, Number(r.n)])),
    );
    expect(s.byResult.find((r) => r.result === "FAILURE")!.count).toBeGreaterThanOrEqual(1);
  });

  it("fails closed for an account missing the link its role needs", async () => {
    const bare = (role: TActor["role"]): TActor => ({ id: "00000000-0000-7000-8000-000000000000", role, committeeId: null, unitId: null, deputyId: null });
    for (const role of ["STAFF", "LEADER", "DEPUTY", "UNIT"] as const) {
      expect(await getHomeSummary(bare(role))).toEqual({ kind: "unlinked", role });
    }
    expect(expectKind(await getHomeSummary(bare("STATION_MANAGER")), "stations").stations).toEqual([]);
  });
});

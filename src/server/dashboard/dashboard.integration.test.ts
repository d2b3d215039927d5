import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { DAY, REFRESH_AT, T0, driveItem, replied, seedDashboardWorld, type TDashboardWorld } from "../../../tests/factories/dashboard";
import { ForbiddenError } from "../errors";
import { figureCounts, overdueRanking, deputiesByChildRegion } from "./counts";
import { listFigure } from "./drill";
import { dashboardFigures } from "./queries";
import { refreshDashboard, refreshState } from "./refresh";
import { dashboardScope, type TScopeFilters } from "./scope";

/**
 * Ten items whose every figure is known (T0 = 2 March 2026; refresh 100 days later):
 *  county A: i1 submitted · i2 declined · i3 class A, delivered day 30 (on time), 满意 · i4 class B,
 *  delivered day 120 (late: the deadline is 2 June), 基本满意, follow-up pending · i5 class C delivered
 *  day 40, 不满意, re-handled as class B, 满意, follow-up pending · i6 signed for by unit a2, overdue ·
 *  i7 assigned on day 90 (not yet due); county B: i8 signed for by b1, overdue · i9 submitted in 2025;
 *  the city itself: i10 accepted. Deputies: city 2 prefectural; A 3 county; B 1 county + 1 terminated.
 */
const db = useTestDatabase();
let w: TDashboardWorld;

async function counts(filters: TScopeFilters = {}) {
  const scope = await dashboardScope(w.leader, filters);
  const c = await figureCounts(scope);
  return { scope, get: (figure: string) => Object.fromEntries(c.byKey.get(figure) ?? []), c };
}

beforeAll(async () => {
  w = await seedDashboardWorld(db());
  const [sA, sB, sC] = [w.countyA.staff, w.countyB.staff, w.city.staff];
  const { a1, a2, b1 } = w.units;
  const evaluate = (satisfaction: string, day: number, reason?: string) => [sA, "evaluate", { satisfaction, ...(reason ? { reason } : {}) }, day] as const;
  await driveItem(db(), sA, 0, []); // i1
  await driveItem(db(), sA, 0, [[sA, "decline", { reason: "不属于本级职权" }, 1]]); // i2
  await driveItem(db(), sA, 0, [...replied(sA, a1.id, a1.account, "A", 30), [...evaluate("SATISFIED", 31)]]); // i3
  await driveItem(db(), sA, 0, [...replied(sA, a1.id, a1.account, "B", 120), [...evaluate("BASICALLY_SATISFIED", 121)]]); // i4
  await driveItem(db(), sA, 0, [
    ...replied(sA, a1.id, a1.account, "C", 40),
    [...evaluate("DISSATISFIED", 41, "没有解决")],
    [a1.account, "draftReply", { resultClass: "B", text: "重新答复。" }, 50],
    [sA, "approveReply", {}, 51],
    [sA, "deliverReply", {}, 52],
    [...evaluate("SATISFIED", 53)],
  ]); // i5
  await driveItem(db(), sA, 0, [[sA, "accept", {}, 0], [sA, "assign", { leadUnitId: a2.id }, 0], [a2.account, "signFor", {}, 1]]); // i6
  await driveItem(db(), sA, 90, [[sA, "accept", {}, 90], [sA, "assign", { leadUnitId: a1.id }, 90]]); // i7
  await driveItem(db(), sB, 0, [[sB, "accept", {}, 0], [sB, "assign", { leadUnitId: b1.id }, 0], [b1.account, "signFor", {}, 1]]); // i8
  await driveItem(db(), sB, -270, []); // i9 (5 June 2025)
  await driveItem(db(), sC, 0, [[sC, "accept", {}, 0]]); // i10
  await refreshDashboard({ full: true, now: () => REFRESH_AT });
});

describe("the dashboard's figures on a hand-made data set", () => {
  it("counts items by stage, result class, follow-up, satisfaction and on-time reply", async () => {
    const { get } = await counts();
    expect(get("total")).toEqual({ ALL: 10 });
    expect(get("stage")).toEqual({ SUBMITTED: 2, DECLINED: 1, ACCEPTED: 1, ASSIGNED: 1, HANDLING: 2, CLOSED: 3 });
    expect(get("resultClass")).toEqual({ A: 1, B: 2 });
    expect(get("followUp")).toEqual({ B: 2 });
    expect(get("firstSatisfaction")).toEqual({ SATISFIED: 1, BASICALLY_SATISFIED: 1, DISSATISFIED: 1 });
    expect(get("finalSatisfaction")).toEqual({ SATISFIED: 2, BASICALLY_SATISFIED: 1 });
    expect(get("onTime")).toEqual({ ON_TIME: 2, LATE: 1 });
  });

  it("ranks the units by overdue items at the refresh instant", async () => {
    const { scope } = await counts();
    const r = await overdueRanking(scope);
    expect(r.total).toBe(2);
    expect(r.units.map((u) => [u.name, u.n]).sort()).toEqual([[w.units.a2.name, 1], [w.units.b1.name, 1]].sort());
  });

  it("filters by year, region and level", async () => {
    expect((await counts({ year: 2025 })).get("total")).toEqual({ ALL: 1 });
    expect((await counts({ year: 2026 })).get("stage")).toMatchObject({ SUBMITTED: 1 });
    expect((await counts({ region: w.countyA.region.id })).get("total")).toEqual({ ALL: 7 });
    expect((await counts({ region: w.countyB.region.id, year: 2026 })).get("total")).toEqual({ ALL: 1 });
    expect((await counts({ level: "COUNTY" })).get("total")).toEqual({ ALL: 9 });
    expect((await counts({ level: "PREFECTURAL" })).get("stage")).toEqual({ ACCEPTED: 1 });
  });

  it("counts active deputies by level and by the region's children", async () => {
    const { c, scope } = await counts();
    expect(Object.fromEntries(c.deputiesByLevel)).toEqual({ PREFECTURAL: 2, COUNTY: 4 });
    const byRegion = await deputiesByChildRegion(scope);
    expect(byRegion.get(w.countyA.region.id)).toBe(3);
    expect(byRegion.get(w.countyB.region.id)).toBe(1);
  });

  it("drills down from every figure to a list of exactly as many rows", async () => {
    for (const filters of [{}, { year: 2026 }, { region: w.countyA.region.id }, { level: "COUNTY" as const }]) {
      const { c, scope } = await counts(filters);
      for (const [figure, keys] of c.byKey) {
        if (figure === "deputies") continue;
        for (const [key, n] of keys) {
          const list = await listFigure(w.leader, { ...filters, figure: figure as "stage", key, page: 1 });
          expect({ figure, key, filters, total: list.total, rows: list.rows.length }).toEqual({ figure, key, filters, total: n, rows: n });
        }
      }
      const ranking = await overdueRanking(scope);
      expect((await listFigure(w.leader, { ...filters, figure: "overdue", key: "ALL", page: 1 })).total).toBe(ranking.total);
      for (const u of ranking.units) expect((await listFigure(w.leader, { ...filters, figure: "overdue", key: u.unitId, page: 1 })).total).toBe(u.n);
      for (const [level, n] of c.deputiesByLevel) expect((await listFigure(w.leader, { ...filters, figure: "deputies", key: level, page: 1 })).total).toBe(n);
    }
    const byRegion = await listFigure(w.leader, { figure: "deputies", key: `region:${w.countyA.region.id}`, page: 1 });
    expect(byRegion.total).toBe(3);
  });

  it("links a listed item to its page only for the viewer's own committee", async () => {
    const list = await listFigure(w.leader, { figure: "total", key: "ALL", page: 1 });
    expect(list.kind).toBe("items");
    const own = list.rows.filter((r) => "linkable" in r && r.linkable);
    expect(own).toHaveLength(1); // i10, the city's own item
  });

  it("refuses a region outside the viewer's scope and roles without the dashboard", async () => {
    const scopeOfB = { ...w.countyB.staff };
    await expect(dashboardScope(scopeOfB, { region: w.countyA.region.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(dashboardScope(w.units.a1.account, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("picks up a change at the next incremental refresh", async () => {
    const i7 = await db().item.findFirstOrThrow({ where: { stage: "ASSIGNED", committeeId: w.countyA.committee.id } });
    const { transitionItem } = await import("../items/commands");
    const { testContext } = await import("../../../tests/factories/users");
    await transitionItem(w.units.a1.account, i7.id, "signFor", {}, testContext(), new Date(T0.getTime() + 91 * DAY));
    const r = await refreshDashboard({ now: () => REFRESH_AT });
    expect(r?.items).toBeGreaterThanOrEqual(1);
    expect((await counts()).get("stage")).toMatchObject({ HANDLING: 3 });
    expect((await counts()).get("stage").ASSIGNED).toBeUndefined();
  });

  it("reads a view's figures once per refresh, and again after a refresh that changed them", async () => {
    const stageOf = (data: Awaited<ReturnType<typeof dashboardFigures>>) =>
      Object.fromEntries(data.groups.find((g) => g.id === "loop")?.figures.find((f) => f.id === "stage")?.rows.map((r) => [r.key, r.value]) ?? []);
    const scope = await dashboardScope(w.leader, {});
    const before = (await refreshState())!;
    const first = await dashboardFigures(scope, before);
    expect(await dashboardFigures(scope, before)).toBe(first); // the same object: no second read
    expect(await dashboardFigures(await dashboardScope(w.leader, { year: 2026 }), before)).not.toBe(first); // another view
    const i1 = await db().item.findFirstOrThrow({ where: { stage: "SUBMITTED", committeeId: w.countyA.committee.id } });
    const { transitionItem } = await import("../items/commands");
    const { testContext } = await import("../../../tests/factories/users");
    await transitionItem(w.countyA.staff, i1.id, "accept", {}, testContext(), new Date(T0.getTime() + 92 * DAY));
    await refreshDashboard({ now: () => REFRESH_AT }); // the same instant as before: the version still moves
    const after = (await refreshState())!;
    expect(after.version).not.toBe(before.version);
    const next = await dashboardFigures(scope, after);
    expect(stageOf(next).SUBMITTED).toBe((stageOf(first).SUBMITTED ?? 0) - 1);
    expect(stageOf(next).ACCEPTED).toBe((stageOf(first).ACCEPTED ?? 0) + 1);
  });

  it("makes one refresh of many that found the figures stale at once", async () => {
    const runs = await Promise.all(Array.from({ length: 5 }, () => refreshDashboard({ wait: true, unlessYoungerThanMs: 60_000 })));
    expect(runs.filter((r) => r !== null)).toHaveLength(1);
    expect(await refreshDashboard({ unlessYoungerThanMs: 60_000 })).toBeNull();
  });
});

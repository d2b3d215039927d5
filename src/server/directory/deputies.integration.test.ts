import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed/demo";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { can } from "@/domain/permissions";
import { ROLES } from "@/domain/roles";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import type { TActor } from "../authz";
import { getDeputy, getOwnDeputyProfile, listDeputies, type TDeputyFilters } from "./deputies";
import { deputyFilterOptions } from "./filter-options";
import { actorFor, allPages, byNameThenId, NANYANG, regionIdsUnder, TANGHE, XIANGCHENG } from "./fixtures";
import { PAGE_SIZE } from "./paging";

const db = useTestDatabase();

let staff: TActor;
let xcStaff: TActor;
let nanyang: Set<string>;
let xiangcheng: Set<string>;
let inNanyang: { id: string; name: string; level: string; regionId: string }[];
let xcDeputyId: string;

beforeAll(async () => {
  await seedDemo(db());
  staff = await actorFor(db(), "staff");
  xcStaff = await actorFor(db(), "xc-staff");
  nanyang = await regionIdsUnder(db(), NANYANG);
  xiangcheng = await regionIdsUnder(db(), XIANGCHENG);
  const all = await db().deputy.findMany({ select: { id: true, name: true, level: true, regionId: true } });
  inNanyang = all.filter((d) => nanyang.has(d.regionId)).sort(byNameThenId);
  xcDeputyId = all.find((d) => xiangcheng.has(d.regionId))!.id;
}, 120_000);

const everything = (actor: TActor, filters: Omit<TDeputyFilters, "page"> = {}) =>
  allPages((page) => listDeputies(actor, { ...filters, page }));

describe("deputy directory scope", () => {
  it("shows Nanyang staff exactly the deputies of Nanyang's regions, sorted by name, 20 a page", async () => {
    expect(inNanyang.length).toBeGreaterThan(PAGE_SIZE);
    const first = await listDeputies(staff);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.total).toBe(inNanyang.length);
    expect(first.pageCount).toBe(Math.ceil(inNanyang.length / PAGE_SIZE));
    const rows = await everything(staff);
    expect(rows.map((d) => d.id)).toEqual(inNanyang.map((d) => d.id));
  });

  it("never shows Nanyang staff a Xiangcheng (Xuchang) deputy, in the list or by id", async () => {
    const ids = new Set((await everything(staff)).map((d) => d.id));
    expect(ids.has(xcDeputyId)).toBe(false);
    await expect(getDeputy(staff, xcDeputyId)).rejects.toBeInstanceOf(NotFoundError);
    // …while Xiangcheng's own staff see that deputy and none of Nanyang's.
    await expect(getDeputy(xcStaff, xcDeputyId)).resolves.toMatchObject({ id: xcDeputyId });
    await expect(getDeputy(xcStaff, inNanyang[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives the leader the same scope as staff of the same committee", async () => {
    const leader = await actorFor(db(), "leader");
    expect((await listDeputies(leader)).total).toBe(inNanyang.length);
  });

  it("shows a Nanyang deputy's record with groups and stations, personal numbers only masked", async () => {
    const withStation = await db().deputy.findFirstOrThrow({
      where: { regionId: { in: [...nanyang] }, stations: { some: {} }, groups: { some: {} } },
      select: { id: true },
    });
    const detail = await getDeputy(staff, withStation.id);
    expect(detail.groups.length).toBeGreaterThan(0);
    expect(detail.stations.length).toBeGreaterThan(0);
    expect(detail.regionPath[0]).toBe("河南省");
    expect(Object.keys(detail).sort()).toEqual(
      ["bio", "committeeId", "committeeName", "delegationName", "expertise", "gender", "groups", "id", "level", "name", "phone", "pii", "regionName", "regionPath", "stations", "status", "termNumber", "title", "workUnit"].sort(),
    );
  });

  it("fails closed for a staff account without a committee", async () => {
    const orphan = { ...staff, committeeId: null };
    expect((await listDeputies(orphan)).total).toBe(0);
    await expect(getDeputy(orphan, inNanyang[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers a malformed or unknown id with NotFoundError, not a database error", async () => {
    await expect(getDeputy(staff, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDeputy(staff, "'; DROP TABLE \"Deputy\"; --")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDeputy(staff, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });

  const refused = ROLES.filter((role) => !can(role, "deputy:read"));
  it.each(refused)("refuses %s with ForbiddenError, whatever its committee", async (role) => {
    const actor = { ...staff, role };
    await expect(listDeputies(actor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getDeputy(actor, inNanyang[0]!.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deputyFilterOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("grants deputy:read to STAFF and LEADER only", () => {
    expect(refused.sort()).toEqual(["ADMIN", "AUDITOR", "DEPUTY", "STATION_MANAGER", "UNIT"]);
  });
});

describe("deputy filters and search", () => {
  it("filters by level", async () => {
    const rows = await everything(staff, { level: "PREFECTURAL" });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((d) => d.level === "PREFECTURAL")).toBe(true);
    expect(rows).toHaveLength(inNanyang.filter((d) => d.level === "PREFECTURAL").length);
  });

  it("filters by region, including the regions below it, and only inside the caller's scope", async () => {
    const tanghe = await regionIdsUnder(db(), TANGHE);
    const regionId = (await db().region.findUniqueOrThrow({ where: { code: TANGHE } })).id;
    const rows = await everything(staff, { regionId });
    expect(rows.map((d) => d.id)).toEqual(inNanyang.filter((d) => tanghe.has(d.regionId)).map((d) => d.id));
    expect(rows.length).toBeGreaterThan(0);
    const xc = (await db().region.findUniqueOrThrow({ where: { code: XIANGCHENG } })).id;
    expect((await listDeputies(staff, { regionId: xc })).total).toBe(0);
  });

  it("filters by professional group and by station", async () => {
    const group = await db().professionalGroup.findFirstOrThrow({ where: { name: { contains: "农业" }, committee: { region: { code: NANYANG } } }, include: { members: true } });
    const byGroup = await everything(staff, { groupId: group.id });
    expect(new Set(byGroup.map((d) => d.id))).toEqual(new Set(group.members.map((m) => m.deputyId).filter((id) => inNanyang.some((d) => d.id === id))));
    const station = await db().liaisonStation.findFirstOrThrow({ where: { name: "红薯产业代表联络站" }, include: { deputies: true } });
    const byStation = await everything(staff, { stationId: station.id });
    expect(byStation.length).toBe(station.deputies.length);
    expect(byStation.length).toBeGreaterThan(0);
  });

  it("finds deputies by any Chinese substring of the name", async () => {
    const target = inNanyang[7]!;
    const fragment = [...target.name].slice(-1).join("");
    const rows = await everything(staff, { q: fragment });
    expect(rows.map((d) => d.id)).toContain(target.id);
    expect(rows.every((d) => d.name.includes(fragment))).toBe(true);
    expect(rows).toHaveLength(inNanyang.filter((d) => d.name.includes(fragment)).length);
    expect((await listDeputies(staff, { q: target.name })).items.map((d) => d.id)).toContain(target.id);
  });

  it("treats LIKE wildcards and SQL in the search as plain text", async () => {
    expect((await listDeputies(staff, { q: "%" })).total).toBe(0);
    expect((await listDeputies(staff, { q: "_" })).total).toBe(0);
    expect((await listDeputies(staff, { q: "\\" })).total).toBe(0);
    expect((await listDeputies(staff, { q: "' OR 1=1 --" })).total).toBe(0);
  });

  it("combines filters and matches nothing for malformed ids instead of failing", async () => {
    const rows = await everything(staff, { level: "PREFECTURAL", q: [...inNanyang[3]!.name][0] });
    expect(rows.every((d) => d.level === "PREFECTURAL" && d.name.includes([...inNanyang[3]!.name][0]!))).toBe(true);
    expect((await listDeputies(staff, { groupId: "x" })).total).toBe(0);
    expect((await listDeputies(staff, { stationId: "<b>" })).total).toBe(0);
  });

  it("clamps a page past the end to the last page", async () => {
    const page = await listDeputies(staff, { page: 9999 });
    expect(page.page).toBe(page.pageCount);
    expect(page.items.length).toBeGreaterThan(0);
  });

  it("offers filter choices only from the caller's scope", async () => {
    const options = await deputyFilterOptions(staff);
    expect(options.regions.map((r) => r.name)).toContain("唐河县");
    expect(options.regions.map((r) => r.name)).not.toContain("襄城县");
    expect(options.groups.length).toBe(9);
    expect(options.stations.map((s) => s.name)).toContain("红薯产业代表联络站");
    expect(options.stations.some((s) => s.name.includes("城关镇"))).toBe(false);
    const xc = await deputyFilterOptions(xcStaff);
    expect(xc.regions.map((r) => r.name)).toEqual(expect.arrayContaining(["襄城县", "城关镇", "双庙乡"]));
    expect(xc.regions[0]!.name).toBe("襄城县");
    expect(xc.regions.map((r) => r.name)).not.toContain("唐河县");
  });
});

describe("a deputy's own profile", () => {
  it("shows the signed-in deputy their own record, with groups and stations", async () => {
    const me = await actorFor(db(), "deputy");
    const own = await db().deputy.findUniqueOrThrow({ where: { userId: me.id } });
    const profile = await getOwnDeputyProfile(me);
    expect(profile?.id).toBe(own.id);
    expect(profile?.stations.map((s) => s.name)).toContain("红薯产业代表联络站");
    expect(profile?.groups.length).toBeGreaterThan(0);
  });

  it("ignores a deputy id the caller claims: the record is found by the account", async () => {
    const me = await actorFor(db(), "deputy");
    const profile = await getOwnDeputyProfile({ ...me, deputyId: xcDeputyId });
    expect(profile?.id).toBe(me.deputyId);
    expect(profile?.id).not.toBe(xcDeputyId);
  });

  it("has no record for a deputy account that is not linked, and no profile for other roles", async () => {
    const me = await actorFor(db(), "deputy");
    expect(await getOwnDeputyProfile({ ...me, id: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    await expect(getOwnDeputyProfile(staff)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listDeputies(me)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

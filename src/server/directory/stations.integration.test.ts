import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed/demo";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { can } from "@/domain/permissions";
import { ROLES } from "@/domain/roles";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import type { TActor } from "../authz";
import { actorFor, allPages, NANYANG, regionIdsUnder, XIANGCHENG } from "./fixtures";
import { getStation, listManagedStations, listStations, summarizeStations } from "./stations";

const db = useTestDatabase();

let staff: TActor;
let xcStaff: TActor;
let manager: TActor;
let nanyangStationIds: string[];
let xiangchengStationIds: string[];

beforeAll(async () => {
  await seedDemo(db());
  staff = await actorFor(db(), "staff");
  xcStaff = await actorFor(db(), "xc-staff");
  manager = await actorFor(db(), "station");
  const [nanyang, xiangcheng] = await Promise.all([regionIdsUnder(db(), NANYANG), regionIdsUnder(db(), XIANGCHENG)]);
  const stations = await db().liaisonStation.findMany({ select: { id: true, regionId: true } });
  nanyangStationIds = stations.filter((s) => nanyang.has(s.regionId)).map((s) => s.id).sort();
  xiangchengStationIds = stations.filter((s) => xiangcheng.has(s.regionId)).map((s) => s.id).sort();
}, 120_000);

const everything = (actor: TActor, kind?: "TOWNSHIP" | "INDUSTRY") => allPages((page) => listStations(actor, { kind, page }));

describe("station directory scope", () => {
  it("lists Nanyang's 29 industry stations to Nanyang staff and no Xiangcheng station", async () => {
    const rows = await everything(staff);
    expect(rows.map((s) => s.id).sort()).toEqual(nanyangStationIds);
    expect(rows).toHaveLength(29);
    expect(rows.every((s) => s.kind === "INDUSTRY")).toBe(true);
    expect(rows.map((s) => s.name)).toEqual(expect.arrayContaining(["农牧产业代表联络站", "玉雕产业代表联络站", "红薯产业代表联络站"]));
    await expect(getStation(staff, xiangchengStationIds[0]!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("sums Xiangcheng's network as 16+1+N for its own staff", async () => {
    const rows = await everything(xcStaff);
    expect(rows.map((s) => s.id).sort()).toEqual(xiangchengStationIds);
    const summary = await summarizeStations(xcStaff);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ regionName: "襄城县", regionLevel: "COUNTY" });
    const { TOWNSHIP, CONTACT_POINT, SPECIALTY, INDUSTRY } = summary[0]!.counts;
    expect([TOWNSHIP, CONTACT_POINT]).toEqual([16, 1]);
    expect(SPECIALTY).toBeGreaterThan(0);
    expect(TOWNSHIP + CONTACT_POINT + SPECIALTY + INDUSTRY).toBe(xiangchengStationIds.length);
  });

  it("rolls Nanyang's stations up by county and counts all 29 industry stations", async () => {
    const summary = await summarizeStations(staff);
    expect(summary.every((r) => r.regionLevel === "COUNTY")).toBe(true);
    expect(summary.reduce((n, r) => n + r.counts.INDUSTRY, 0)).toBe(29);
    expect(summary.map((r) => r.regionName)).not.toContain("襄城县");
  });

  it("filters by kind and sorts township stations before contact points and specialty stations", async () => {
    const townships = await everything(xcStaff, "TOWNSHIP");
    expect(townships).toHaveLength(16);
    const all = await everything(xcStaff);
    const order = ["TOWNSHIP", "CONTACT_POINT", "SPECIALTY", "INDUSTRY"];
    const ranks = all.map((s) => order.indexOf(s.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect((await listStations(staff, { kind: "TOWNSHIP" })).total).toBe(0);
  });

  it("shows a station with the deputies on duty and its region path", async () => {
    const sweetPotato = await db().liaisonStation.findFirstOrThrow({ where: { name: "红薯产业代表联络站" }, include: { deputies: true } });
    const detail = await getStation(staff, sweetPotato.id);
    expect(detail.deputies.map((d) => d.id).sort()).toEqual(sweetPotato.deputies.map((d) => d.deputyId).sort());
    expect(detail.regionPath).toEqual(["河南省", "南阳市", "唐河县"]);
  });

  it("shows a deputy the stations of the congress that elected them", async () => {
    const deputy = await actorFor(db(), "deputy");
    const rows = await everything(deputy);
    expect(rows.map((s) => s.id).sort()).toEqual(nanyangStationIds);
    await expect(getStation(deputy, xiangchengStationIds[0]!)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a station manager's own station", () => {
  it("shows only the stations the manager runs, with the deputies on duty", async () => {
    const expected = await db().liaisonStation.findMany({ where: { managerId: manager.id }, include: { deputies: true } });
    expect(expected.length).toBeGreaterThan(0);
    const mine = await listManagedStations(manager);
    expect(mine.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
    expect(mine[0]!.name).toBe("城关镇人大代表联络站");
    expect(mine[0]!.deputies.length).toBe(expected[0]!.deputies.length);
  });

  it("lists no other station to the manager and answers 404 for one", async () => {
    const rows = await everything(manager);
    const managed = (await listManagedStations(manager)).map((s) => s.id);
    expect(rows.map((s) => s.id).sort()).toEqual(managed.sort());
    const other = xiangchengStationIds.find((id) => !managed.includes(id))!;
    await expect(getStation(manager, other)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getStation(manager, managed[0]!)).resolves.toMatchObject({ id: managed[0] });
  });

  it("is empty for a manager account that runs nothing", async () => {
    expect(await listManagedStations({ ...manager, id: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
  });

  const noManage = ROLES.filter((role) => !can(role, "station:manageOwn"));
  it.each(noManage)("refuses %s the managed-station view", async (role) => {
    await expect(listManagedStations({ ...manager, role })).rejects.toBeInstanceOf(ForbiddenError);
  });

  const noRead = ROLES.filter((role) => !can(role, "station:read"));
  it.each(noRead)("refuses %s the station directory", async (role) => {
    await expect(listStations({ ...staff, role })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(summarizeStations({ ...staff, role })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getStation({ ...staff, role }, nanyangStationIds[0]!)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

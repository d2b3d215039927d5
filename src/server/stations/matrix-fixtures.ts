/**
 * Fixtures for the stations authorization matrix: the demo seed (襄城县's 16+1+N, 南阳's industry
 * stations, the demo accounts) plus a 襄城 deputy with an account, a second station manager and
 * a grid cell in each of two townships.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import type { TRole } from "@/domain/roles";
import { seedDemo } from "../../../prisma/seed/demo";
import { seedUser } from "../../../tests/factories/users";
import type { TSessionUser } from "../session";

export const T0 = new Date("2026-12-01T02:00:00Z"); // Tuesday 1 December 2026, 10:00 in Shanghai
export const FUTURE_DAY = "2026-12-15";

async function sessionOf(prisma: PrismaClient, username: string): Promise<TSessionUser> {
  const u = await prisma.user.findUniqueOrThrow({
    where: { username },
    select: { id: true, username: true, displayName: true, role: true, committeeId: true, unitId: true, deputy: { select: { id: true } } },
  });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, committeeId: u.committeeId, unitId: u.unitId, deputyId: u.deputy?.id ?? null };
}

async function plain(prisma: PrismaClient, role: TRole): Promise<TSessionUser> {
  const u = await seedUser(prisma, { role });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, committeeId: null, unitId: null, deputyId: null };
}

export async function seedStationsWorld(prisma: PrismaClient) {
  await seedDemo(prisma);
  const region = (code: string) => prisma.region.findUniqueOrThrow({ where: { code }, select: { id: true } });
  const [xiangcheng, chengguan, yingqiao] = await Promise.all([region("411025"), region("411025100"), region("411025101")]);
  const xcCommittee = await prisma.standingCommittee.findUniqueOrThrow({ where: { regionId: xiangcheng.id }, select: { id: true } });
  const station = (regionId: string, name: string) => prisma.liaisonStation.findFirstOrThrow({ where: { regionId, name }, select: { id: true } });
  const own = await station(chengguan.id, "城关镇人大代表联络站");
  const other = await station(yingqiao.id, "颍桥回族镇人大代表联络站");
  const nanyang = await prisma.liaisonStation.findFirstOrThrow({ where: { name: "红薯产业代表联络站" }, select: { id: true } });

  const cast = {
    manager: await sessionOf(prisma, "station"),
    xcStaff: await sessionOf(prisma, "xc-staff"),
    nyStaff: await sessionOf(prisma, "staff"),
    leader: await sessionOf(prisma, "leader"),
    nyDeputy: await sessionOf(prisma, "deputy"),
    unit: await sessionOf(prisma, "unit"),
    admin: await sessionOf(prisma, "admin"),
    auditor: await sessionOf(prisma, "auditor"),
    otherManager: await plain(prisma, "STATION_MANAGER"),
    xcDeputy: await plain(prisma, "DEPUTY"),
    xcOtherDeputy: await plain(prisma, "DEPUTY"),
  };
  await prisma.liaisonStation.update({ where: { id: other.id }, data: { managerId: cast.otherManager.id } });
  for (const [key, name] of [["xcDeputy", "网格代表甲"], ["xcOtherDeputy", "网格代表乙"]] as const) {
    const d = await prisma.deputy.create({
      data: { name, gender: "MALE", level: "COUNTY", committeeId: xcCommittee.id, termNumber: 17, regionId: chengguan.id, userId: cast[key].id },
      select: { id: true },
    });
    cast[key] = { ...cast[key], deputyId: d.id };
  }
  await prisma.stationDeputy.createMany({ data: [{ stationId: own.id, deputyId: cast.xcDeputy.deputyId! }, { stationId: other.id, deputyId: cast.xcOtherDeputy.deputyId! }] });
  const cell = await prisma.gridCell.create({ data: { regionId: chengguan.id, name: "东街社区第一网格", deputies: { create: [{ deputyId: cast.xcDeputy.deputyId! }] } }, select: { id: true } });
  const otherCell = await prisma.gridCell.create({ data: { regionId: yingqiao.id, name: "颍桥村网格", deputies: { create: [{ deputyId: cast.xcOtherDeputy.deputyId! }] } }, select: { id: true } });
  return { cast, stations: { own: own.id, other: other.id, nanyang: nanyang.id }, cells: { own: cell.id, other: otherCell.id }, xcCommitteeId: xcCommittee.id };
}
export type TStationsWorld = Awaited<ReturnType<typeof seedStationsWorld>>;

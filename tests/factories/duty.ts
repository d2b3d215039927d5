import { randomInt, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { TSessionUser } from "@/server/session";
import { seedUser } from "./users";
import { pngBytes } from "./png";

export { pngBytes };

export const photoFile = (bytes: Uint8Array<ArrayBuffer> = pngBytes(), name = "photo.png", type = "image/png") => new File([bytes], name, { type });

async function account(prisma: PrismaClient, role: Role, scope: { committeeId?: string } = {}, displayName = "测试用户"): Promise<TSessionUser> {
  const u = await seedUser(prisma, { role, displayName });
  if (scope.committeeId) await prisma.user.update({ where: { id: u.id }, data: { committeeId: scope.committeeId } });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, committeeId: scope.committeeId ?? null, unitId: null, deputyId: null };
}

async function committee(prisma: PrismaClient, label: string) {
  const tag = randomUUID().slice(0, 6);
  const region = await prisma.region.create({ data: { code: String(randomInt(100_000_000, 999_999_999)), name: `${label}${tag}`, level: "COUNTY" } });
  const c = await prisma.standingCommittee.create({ data: { name: `${label}人大常委会${tag}`, regionId: region.id, termNumber: 18 } });
  return { region, committee: c };
}

async function deputyAccount(prisma: PrismaClient, committeeId: string, regionId: string, name: string): Promise<TSessionUser & { deputyId: string }> {
  const a = await account(prisma, "DEPUTY", {}, name);
  const d = await prisma.deputy.create({ data: { name, gender: "MALE", level: "COUNTY", committeeId, termNumber: 18, regionId, userId: a.id }, select: { id: true } });
  return { ...a, deputyId: d.id };
}

/**
 * Two county committees; in the first: staff, a leader, two deputies; in the second: its staff and
 * a deputy; and the roles with no duty access (admin, auditor, unit, station manager).
 */
export async function seedDutyWorld(prisma: PrismaClient) {
  const home = await committee(prisma, "履职县");
  const away = await committee(prisma, "邻县");
  const cast = {
    staff: await account(prisma, "STAFF", { committeeId: home.committee.id }, "代表工委干部"),
    leader: await account(prisma, "LEADER", { committeeId: home.committee.id }, "常委会领导"),
    deputy: await deputyAccount(prisma, home.committee.id, home.region.id, "张代表"),
    otherDeputy: await deputyAccount(prisma, home.committee.id, home.region.id, "李代表"),
    awayStaff: await account(prisma, "STAFF", { committeeId: away.committee.id }, "邻县干部"),
    awayDeputy: await deputyAccount(prisma, away.committee.id, away.region.id, "王代表"),
    admin: await account(prisma, "ADMIN"),
    auditor: await account(prisma, "AUDITOR"),
    unit: await account(prisma, "UNIT"),
    station: await account(prisma, "STATION_MANAGER"),
  };
  return { home, away, cast };
}
export type TDutyWorld = Awaited<ReturnType<typeof seedDutyWorld>>;

export const recordInput = (over: Record<string, unknown> = {}) => ({
  type: "MEDIATION",
  date: "2026-11-20",
  place: "红薯产业代表联络站",
  description: "调解土地流转纠纷一起，双方达成协议。",
  participants: "村委会主任、双方当事人",
  ...over,
});

/** How many rows a refused command could have left behind. */
export async function dutyFootprint(prisma: PrismaClient) {
  const [records, photos, reflections, audit] = await Promise.all([prisma.dutyRecord.count(), prisma.dutyPhoto.count(), prisma.studyReflection.count(), prisma.auditLog.count()]);
  return { records, photos, reflections, audit };
}

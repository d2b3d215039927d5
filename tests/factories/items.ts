import { randomInt, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { TSessionUser } from "@/server/session";
import { seedUser } from "./users";

/** A fresh client key for submitItem (what the form generates once per page load). */
export const newKey = () => randomUUID().replaceAll("-", "");

async function actor(
  prisma: PrismaClient,
  role: Role,
  scope: { committeeId?: string; unitId?: string } = {},
  displayName = "测试用户",
): Promise<TSessionUser> {
  const u = await seedUser(prisma, { role, displayName });
  await prisma.user.update({ where: { id: u.id }, data: { committeeId: scope.committeeId ?? null, unitId: scope.unitId ?? null } });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, committeeId: scope.committeeId ?? null, unitId: scope.unitId ?? null, deputyId: null };
}

async function deputy(prisma: PrismaClient, committeeId: string, regionId: string, name: string): Promise<TSessionUser> {
  const a = await actor(prisma, "DEPUTY", {}, name);
  const d = await prisma.deputy.create({
    data: { name, gender: "FEMALE", level: "COUNTY", committeeId, termNumber: 18, regionId, userId: a.id },
    select: { id: true },
  });
  return { ...a, deputyId: d.id };
}

/**
 * One county standing committee with three handling units and the cast of the loop: staff, a
 * leader, an account for each unit, two deputies who sponsor together and one who does not.
 */
export async function seedLoopWorld(prisma: PrismaClient) {
  const tag = randomUUID().slice(0, 6);
  const region = await prisma.region.create({
    data: { code: String(randomInt(100_000_000, 999_999_999)), name: `测试县${tag}`, level: "COUNTY" },
  });
  const committee = await prisma.standingCommittee.create({
    data: { name: `测试县人大常委会${tag}`, regionId: region.id, termNumber: 18 },
  });
  const unit = (name: string) =>
    prisma.handlingUnit.create({ data: { name: `${name}${tag}`, committeeId: committee.id, regionId: region.id }, select: { id: true, name: true } });
  const units = { lead: await unit("住建局"), co: await unit("交通局"), other: await unit("教育局") };
  const cast = {
    staff: await actor(prisma, "STAFF", { committeeId: committee.id }, "代表工委干部"),
    leader: await actor(prisma, "LEADER", { committeeId: committee.id }, "常委会领导"),
    leadUnit: await actor(prisma, "UNIT", { unitId: units.lead.id }, "住建局经办人"),
    coUnit: await actor(prisma, "UNIT", { unitId: units.co.id }, "交通局经办人"),
    otherUnit: await actor(prisma, "UNIT", { unitId: units.other.id }, "教育局经办人"),
    deputy: await deputy(prisma, committee.id, region.id, "张代表"),
    coDeputy: await deputy(prisma, committee.id, region.id, "李代表"),
    otherDeputy: await deputy(prisma, committee.id, region.id, "王代表"),
  };
  return { region, committee, units, cast };
}
export type TLoopWorld = Awaited<ReturnType<typeof seedLoopWorld>>;

/** A deputy's suggestion as submitItem receives it. */
export const suggestionInput = (over: Record<string, unknown> = {}) => ({
  source: "DEPUTY_SUGGESTION",
  title: "关于改善城区道路照明的建议",
  body: "建议对城区主干道路灯进行更换和维护。",
  idempotencyKey: newKey(),
  ...over,
});

/** What a command leaves behind on one item: history, audit and notification counts, stage, version. */
export async function itemFootprint(prisma: PrismaClient, itemId: string) {
  const [history, audit, notifications, item] = await Promise.all([
    prisma.itemHistory.count({ where: { itemId } }),
    prisma.auditLog.count({ where: { objectId: itemId } }),
    prisma.notification.count({ where: { itemId } }),
    prisma.item.findUniqueOrThrow({ where: { id: itemId }, select: { stage: true, version: true } }),
  ]);
  return { history, audit, notifications, ...item };
}

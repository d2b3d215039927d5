import { randomInt, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { DeputyLevel, RegionLevel, Role } from "@/generated/prisma/enums";
import type { TAction } from "@/domain/workflow/actions";
import { submitItem, transitionItem } from "@/server/items/commands";
import type { TSessionUser } from "@/server/session";
import { newKey } from "./items";
import { seedUser, testContext } from "./users";

/**
 * A small world where every dashboard figure is known by hand: a city with two counties, a
 * committee in each, units, deputies, and ten items driven through the real loop commands at
 * chosen instants (docs of each item in dashboard.integration.test.ts).
 */
export const DAY = 86_400_000;
/** Monday 2 March 2026, 10:00 in Shanghai. */
export const T0 = new Date("2026-03-02T02:00:00Z");
/** The refresh instant: 100 days later, past the 3-month deadlines of items assigned at T0. */
export const REFRESH_AT = new Date(T0.getTime() + 100 * DAY);

async function account(prisma: PrismaClient, role: Role, scope: { committeeId?: string; unitId?: string }): Promise<TSessionUser> {
  const u = await seedUser(prisma, { role });
  await prisma.user.update({ where: { id: u.id }, data: { committeeId: scope.committeeId ?? null, unitId: scope.unitId ?? null } });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, committeeId: scope.committeeId ?? null, unitId: scope.unitId ?? null, deputyId: null };
}

async function place(prisma: PrismaClient, name: string, level: RegionLevel, parentId: string | null) {
  const region = await prisma.region.create({ data: { code: String(randomInt(100_000_000, 999_999_999)), name, level, parentId } });
  const committee = await prisma.standingCommittee.create({ data: { name: `${name}人大常委会`, regionId: region.id, termNumber: 16 } });
  const staff = await account(prisma, "STAFF", { committeeId: committee.id });
  return { region, committee, staff };
}

async function unit(prisma: PrismaClient, p: { region: { id: string }; committee: { id: string } }, name: string) {
  const u = await prisma.handlingUnit.create({ data: { name, committeeId: p.committee.id, regionId: p.region.id } });
  return { ...u, account: await account(prisma, "UNIT", { unitId: u.id }) };
}

export async function seedDashboardWorld(prisma: PrismaClient) {
  const tag = randomUUID().slice(0, 6);
  const city = await place(prisma, `测试市${tag}`, "CITY", null);
  const countyA = await place(prisma, `甲县${tag}`, "COUNTY", city.region.id);
  const countyB = await place(prisma, `乙县${tag}`, "COUNTY", city.region.id);
  const leader = await account(prisma, "LEADER", { committeeId: city.committee.id });
  const units = {
    a1: await unit(prisma, countyA, `甲县住建局${tag}`),
    a2: await unit(prisma, countyA, `甲县交通局${tag}`),
    b1: await unit(prisma, countyB, `乙县教育局${tag}`),
  };
  const deputy = (name: string, level: DeputyLevel, p: typeof city, status: "ACTIVE" | "TERMINATED" = "ACTIVE") =>
    prisma.deputy.create({ data: { name, gender: "MALE", level, committeeId: p.committee.id, regionId: p.region.id, termNumber: 16, status } });
  await deputy("市代表一", "PREFECTURAL", city);
  await deputy("市代表二", "PREFECTURAL", city);
  await deputy("甲县代表一", "COUNTY", countyA);
  await deputy("甲县代表二", "COUNTY", countyA);
  await deputy("甲县代表三", "COUNTY", countyA);
  await deputy("乙县代表一", "COUNTY", countyB);
  await deputy("乙县代表（已终止）", "COUNTY", countyB, "TERMINATED");
  return { city, countyA, countyB, leader, units };
}
export type TDashboardWorld = Awaited<ReturnType<typeof seedDashboardWorld>>;

type TStep = [TSessionUser, TAction, Record<string, unknown>, number];

/** Submits an item on someone's behalf at `day` days after T0 and applies the steps (each at its own day). */
export async function driveItem(prisma: PrismaClient, staff: TSessionUser, day: number, steps: TStep[]): Promise<string> {
  void prisma;
  const at = (d: number) => new Date(T0.getTime() + d * DAY);
  const { id } = await submitItem(
    staff,
    { source: "ON_BEHALF", title: "关于改善道路照明的建议", body: "建议更换路灯。", submitterName: "赵群众", idempotencyKey: newKey() },
    testContext(),
    at(day),
  );
  for (const [who, action, input, d] of steps) await transitionItem(who, id, action, input, testContext(), at(d));
  return id;
}

/** assign → signFor → draftReply → approveReply → deliverReply, the delivery on `deliverDay`. */
export function replied(staff: TSessionUser, unitId: string, unitUser: TSessionUser, resultClass: string, deliverDay: number): TStep[] {
  return [
    [staff, "accept", {}, 0],
    [staff, "assign", { leadUnitId: unitId }, 0],
    [unitUser, "signFor", {}, 1],
    [unitUser, "draftReply", { resultClass, text: "已答复。" }, deliverDay - 2],
    [staff, "approveReply", {}, deliverDay - 1],
    [staff, "deliverReply", {}, deliverDay],
  ];
}

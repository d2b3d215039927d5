import { randomInt, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { TSessionUser } from "@/server/session";
import type { TLoopWorld } from "./items";
import { seedUser } from "./users";

/**
 * A township under the loop world's county (townships have no standing committee of their own),
 * a station there run by a station manager, and a second manager who runs nothing of it.
 */
export async function seedStationWorld(prisma: PrismaClient, w: TLoopWorld) {
  const township = await prisma.region.create({
    data: { code: String(randomInt(100_000_000, 999_999_999)), name: `测试镇${randomUUID().slice(0, 4)}`, level: "TOWNSHIP", parentId: w.region.id },
  });
  const manager = await managerActor(prisma, "站长");
  const otherManager = await managerActor(prisma, "别的站长");
  const station = await prisma.liaisonStation.create({
    data: { name: `测试镇人大代表联络站${randomUUID().slice(0, 4)}`, kind: "TOWNSHIP", regionId: township.id, managerId: manager.id, address: "测试镇政府院内" },
    select: { id: true, name: true },
  });
  return { township, station, manager, otherManager };
}

async function managerActor(prisma: PrismaClient, displayName: string): Promise<TSessionUser> {
  const u = await seedUser(prisma, { role: "STATION_MANAGER", displayName });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, committeeId: null, unitId: null, deputyId: null };
}

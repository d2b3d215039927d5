import { randomInt, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { TSessionUser } from "@/server/session";
import { createPlan, stepPlan } from "@/server/livelihood/plans";
import { proposeCandidate, setShortlisted } from "@/server/livelihood/candidates";
import { seedUser, testContext } from "./users";

/** Inside the plan's calendar: the public window (Jan–Feb 2026) is over, the ballot can open. */
export const VOTE_DAY = new Date("2026-03-10T02:00:00Z");

async function account(prisma: PrismaClient, role: "STAFF" | "LEADER" | "UNIT", scope: { committeeId?: string; unitId?: string }, displayName: string): Promise<TSessionUser> {
  const u = await seedUser(prisma, { role, displayName });
  await prisma.user.update({ where: { id: u.id }, data: { committeeId: scope.committeeId ?? null, unitId: scope.unitId ?? null } });
  return { ...u, committeeId: scope.committeeId ?? null, unitId: scope.unitId ?? null, deputyId: null };
}

/**
 * A city congress with `deputies` deputy accounts (one password hash shared: created in bulk),
 * staff, a leader, two unit accounts, and a foreign congress with its own staff and deputy.
 */
export async function seedVoteWorld(prisma: PrismaClient, deputies = 3) {
  const tag = randomUUID().slice(0, 6);
  const mk = async (name: string) => {
    const region = await prisma.region.create({ data: { code: String(randomInt(100_000_000, 999_999_999)), name: `${name}${tag}`, level: "CITY" } });
    const committee = await prisma.standingCommittee.create({ data: { name: `${name}人大常委会${tag}`, regionId: region.id, termNumber: 8 } });
    return { region, committee };
  };
  const home = await mk("测试市");
  const foreign = await mk("邻市");
  const unit = (name: string) => prisma.handlingUnit.create({ data: { name: `${name}${tag}`, committeeId: home.committee.id, regionId: home.region.id }, select: { id: true, name: true } });
  const units = { roads: await unit("住建局"), schools: await unit("教育局") };
  const template = await seedUser(prisma, { role: "DEPUTY" });
  const hash = (await prisma.user.findUniqueOrThrow({ where: { id: template.id }, select: { passwordHash: true } })).passwordHash;
  const makeDeputies = async (committeeId: string, regionId: string, n: number, prefix: string): Promise<TSessionUser[]> => {
    const rows = Array.from({ length: n }, (_, i) => ({ id: randomUUID(), username: `${prefix}-${tag}-${i}`, displayName: `代表${i}`, role: "DEPUTY" as const, passwordHash: hash }));
    await prisma.user.createMany({ data: rows });
    const deps = rows.map((r, i) => ({ id: randomUUID(), name: `${prefix}代表${i}`, gender: "MALE" as const, level: "PREFECTURAL" as const, committeeId, termNumber: 8, regionId, userId: r.id }));
    await prisma.deputy.createMany({ data: deps });
    return rows.map((r, i) => ({ id: r.id, username: r.username, displayName: r.displayName, role: "DEPUTY", committeeId: null, unitId: null, deputyId: deps[i]!.id }));
  };
  return {
    ...home,
    units,
    staff: await account(prisma, "STAFF", { committeeId: home.committee.id }, "代表工委干部"),
    leader: await account(prisma, "LEADER", { committeeId: home.committee.id }, "领导"),
    roadsUnit: await account(prisma, "UNIT", { unitId: units.roads.id }, "住建局经办"),
    schoolsUnit: await account(prisma, "UNIT", { unitId: units.schools.id }, "教育局经办"),
    deputies: await makeDeputies(home.committee.id, home.region.id, deputies, "d"),
    foreignStaff: await account(prisma, "STAFF", { committeeId: foreign.committee.id }, "邻市干部"),
    foreignDeputy: (await makeDeputies(foreign.committee.id, foreign.region.id, 1, "f"))[0]!,
  };
}
export type TVoteWorld = Awaited<ReturnType<typeof seedVoteWorld>>;

export const CANDIDATE_TITLES = ["老旧小区改造", "城区学校扩容", "农村公路提质", "社区养老服务中心", "城市内涝治理"];

/** A 2026 plan taken through 征集, 初定 and 审议 to an open ballot: five candidates, `seats` to choose. */
export async function planWithOpenBallot(w: TVoteWorld, seats = 3, open = true, shortlist = CANDIDATE_TITLES.length) {
  const ctx = testContext();
  const at = (iso: string) => new Date(iso);
  const plan = await createPlan(w.staff, { year: 2026, title: "2026年民生实事项目", seats, collectOpensAt: "2026-01-01T00:00:00+08:00", collectClosesAt: "2026-02-15T00:00:00+08:00" }, ctx, at("2025-12-20T00:00:00Z"));
  const ids: string[] = [];
  for (const title of CANDIDATE_TITLES) ids.push((await proposeCandidate(w.staff, plan.id, { title, description: `${title}的说明` }, ctx, at("2026-01-10T00:00:00Z"))).id);
  await stepPlan(w.staff, plan.id, "closeCollection", ctx, at("2026-02-20T00:00:00Z"));
  for (const id of ids.slice(0, shortlist)) await setShortlisted(w.staff, id, true, ctx, at("2026-02-21T00:00:00Z"));
  if (!open && shortlist <= seats) return { planId: plan.id, candidateIds: ids };
  await stepPlan(w.staff, plan.id, "startDeliberation", ctx, at("2026-02-25T00:00:00Z"));
  if (open) await stepPlan(w.staff, plan.id, "openBallot", ctx, VOTE_DAY);
  return { planId: plan.id, candidateIds: ids };
}

import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed/demo";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { can } from "@/domain/permissions";
import { ROLES } from "@/domain/roles";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import type { TActor } from "../authz";
import { actorFor, NANYANG, XIANGCHENG } from "./fixtures";
import { getGroup, listGroups } from "./groups";

const db = useTestDatabase();

let staff: TActor;
let xcStaff: TActor;
let nanyangGroups: { id: string; name: string; _count: { members: number } }[];
let xiangchengGroupId: string;

beforeAll(async () => {
  await seedDemo(db());
  [staff, xcStaff] = await Promise.all([actorFor(db(), "staff"), actorFor(db(), "xc-staff")]);
  nanyangGroups = await db().professionalGroup.findMany({
    where: { committee: { region: { code: NANYANG } } },
    select: { id: true, name: true, _count: { select: { members: true } } },
  });
  xiangchengGroupId = (await db().professionalGroup.findFirstOrThrow({ where: { committee: { region: { code: XIANGCHENG } } } })).id;
}, 120_000);

describe("professional groups", () => {
  it("lists Nanyang's nine groups with their lead special committee and member counts", async () => {
    const page = await listGroups(staff);
    expect(page.total).toBe(9);
    expect(page.items.map((g) => g.id).sort()).toEqual(nanyangGroups.map((g) => g.id).sort());
    const counts = new Map(nanyangGroups.map((g) => [g.id, g._count.members]));
    expect(page.items.every((g) => g.memberCount === counts.get(g.id) && g.memberCount > 0)).toBe(true);
    expect(page.items.find((g) => g.name === "法治专业代表小组")?.leadCommitteeName).toBe("法制委员会");
  });

  it("keeps Xiangcheng's groups from Nanyang staff and Nanyang's from Xiangcheng staff", async () => {
    await expect(getGroup(staff, xiangchengGroupId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGroup(xcStaff, nanyangGroups[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
    const xc = await listGroups(xcStaff);
    expect(xc.items.map((g) => g.id)).toContain(xiangchengGroupId);
    expect(xc.items.some((g) => nanyangGroups.some((n) => n.id === g.id))).toBe(false);
  });

  it("shows a group's members with the leader first", async () => {
    const group = await getGroup(staff, nanyangGroups[0]!.id);
    expect(group.members).toHaveLength(nanyangGroups[0]!._count.members);
    expect(group.members[0]!.isLeader).toBe(true);
    expect(group.members.slice(1).some((m) => m.isLeader)).toBe(false);
  });

  it("shows a deputy the groups of the congress that elected them, and no other", async () => {
    const deputy = await actorFor(db(), "deputy");
    const page = await listGroups(deputy);
    expect(page.items.map((g) => g.id).sort()).toEqual(nanyangGroups.map((g) => g.id).sort());
    await expect(getGroup(deputy, xiangchengGroupId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGroup(deputy, "garbage")).rejects.toBeInstanceOf(NotFoundError);
  });

  const refused = ROLES.filter((role) => !can(role, "group:read"));
  it.each(refused)("refuses %s", async (role) => {
    await expect(listGroups({ ...staff, role })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getGroup({ ...staff, role }, nanyangGroups[0]!.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

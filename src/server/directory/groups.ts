import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DeputyLevel } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertCan, type TActor } from "../authz";
import { isId } from "./ids";
import { clampPage, PAGE_SIZE, toPage, type TPage } from "./paging";
import { committeeOfActor, regionTreeOf } from "./scope";

export type TGroupRow = {
  id: string;
  name: string;
  field: string;
  committeeName: string;
  leadCommitteeName: string;
  memberCount: number;
};

export type TGroupDetail = Omit<TGroupRow, "memberCount"> & {
  members: { id: string; name: string; level: DeputyLevel; isLeader: boolean }[];
};

/**
 * STAFF and LEADER read the groups of every standing committee in their region subtree;
 * a DEPUTY reads the groups of the committee they were elected to. Null = none.
 */
async function groupScope(actor: TActor): Promise<Prisma.ProfessionalGroupWhereInput | null> {
  if (actor.role === "DEPUTY") {
    const committeeId = await committeeOfActor(actor);
    return committeeId ? { committeeId } : null;
  }
  const tree = await regionTreeOf(actor);
  return tree.ids.length === 0 ? null : { committee: { regionId: { in: tree.ids } } };
}

const rowSelect = {
  id: true,
  name: true,
  field: true,
  committee: { select: { name: true } },
  leadCommittee: { select: { name: true } },
  _count: { select: { members: true } },
} satisfies Prisma.ProfessionalGroupSelect;

export async function listGroups(actor: TActor, filters: { page?: number } = {}): Promise<TPage<TGroupRow>> {
  assertCan(actor, "group:read");
  const where = await groupScope(actor);
  if (!where) return toPage([], 0, 1, 1);
  const db = getDb();
  const total = await db.professionalGroup.count({ where });
  const { page, pageCount, skip } = clampPage(filters.page ?? 1, total);
  const rows = await db.professionalGroup.findMany({
    where,
    select: rowSelect,
    orderBy: [{ committee: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
    skip,
    take: PAGE_SIZE,
  });
  const items = rows.map(({ committee, leadCommittee, _count, ...rest }) => ({
    ...rest,
    committeeName: committee.name,
    leadCommitteeName: leadCommittee.name,
    memberCount: _count.members,
  }));
  return toPage(items, total, page, pageCount);
}

/** One group in scope with its members, the group leader(s) first; outside the scope → NotFoundError. */
export async function getGroup(actor: TActor, id: string): Promise<TGroupDetail> {
  assertCan(actor, "group:read");
  if (!isId(id)) throw new NotFoundError("group");
  const where = await groupScope(actor);
  if (!where) throw new NotFoundError("group");
  const group = await getDb().professionalGroup.findFirst({
    where: { AND: [{ id }, where] },
    select: {
      id: true,
      name: true,
      field: true,
      committee: { select: { name: true } },
      leadCommittee: { select: { name: true } },
      members: {
        select: { isLeader: true, deputy: { select: { id: true, name: true, level: true } } },
        orderBy: [{ isLeader: "desc" }, { deputy: { name: "asc" } }, { deputyId: "asc" }],
      },
    },
  });
  if (!group) throw new NotFoundError("group");
  const { committee, leadCommittee, members, ...rest } = group;
  return {
    ...rest,
    committeeName: committee.name,
    leadCommitteeName: leadCommittee.name,
    members: members.map((m) => ({ ...m.deputy, isLeader: m.isLeader })),
  };
}

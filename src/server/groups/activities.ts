import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TGroupActivityKind } from "@/domain/stations/kinds";
import { ActionRefusal } from "@/server/actions";
import type { TActor } from "@/server/authz";
import { writeAudit } from "@/server/audit";
import { getDb } from "@/server/db";
import { isId } from "@/server/directory/ids";
import type { TRequestContext } from "@/server/request-context";
import type { TSessionUser } from "@/server/session";
import { auditActor, dayFromDb, dayToDb, TX_OPTIONS } from "@/server/stations/tx";
import { groupFor } from "./access";

export type TAddTheme = { groupId: string; year: number; title: string };

/** Staff add a theme (年度主题) the group works on. */
export async function addGroupTheme(actor: TSessionUser, input: TAddTheme, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  try {
    return await getDb().$transaction(async (tx) => {
      const group = await groupFor(actor, input.groupId, true, tx);
      const theme = await tx.groupTheme.create({ data: { groupId: group.id, year: input.year, title: input.title, createdAt: now }, select: { id: true } });
      await writeAudit(tx, { actor: auditActor(actor), action: "group.theme.create", objectType: "GroupTheme", objectId: theme.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { groupId: group.id, year: input.year }, at: now });
      return theme;
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ActionRefusal("groups.errors.themeTaken", "title");
    throw error;
  }
}

export type TCreateActivity = { groupId: string; kind: TGroupActivityKind; title: string; heldOn: string; place?: string; summary?: string; deputyIds: string[] };

/** Staff record a group activity (政策+案例 宣讲, 调研 …) with the members who took part. */
export async function createGroupActivity(actor: TSessionUser, input: TCreateActivity, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const group = await groupFor(actor, input.groupId, true, tx);
    const ids = [...new Set(input.deputyIds)];
    const members = ids.every(isId) ? await tx.groupMember.count({ where: { groupId: group.id, deputyId: { in: ids } } }) : -1;
    if (ids.length === 0 || members !== ids.length || ids.length !== input.deputyIds.length) throw new ActionRefusal("groups.errors.participants", "deputyIds");
    const activity = await tx.groupActivity.create({
      data: {
        groupId: group.id,
        kind: input.kind,
        title: input.title,
        heldOn: dayToDb(input.heldOn),
        place: input.place || null,
        summary: input.summary || null,
        createdById: actor.id,
        createdAt: now,
        participants: { create: ids.map((deputyId) => ({ deputyId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, { actor: auditActor(actor), action: "group.activity.create", objectType: "GroupActivity", objectId: activity.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { groupId: group.id, kind: input.kind, deputies: ids.length }, at: now });
    return activity;
  }, TX_OPTIONS);
}

export type TGroupWork = {
  themes: { id: string; year: number; title: string }[];
  activities: {
    id: string;
    kind: TGroupActivityKind;
    title: string;
    heldOn: string;
    place: string | null;
    summary: string | null;
    deputies: { id: string; name: string }[];
    reports: { id: string; title: string; ext: string; size: number }[];
  }[];
};

/** A group's themes and activities with their reports (metadata only), for a reader of the group. */
export async function groupWork(actor: TActor, groupId: string): Promise<TGroupWork> {
  const db = getDb();
  const group = await groupFor(actor, groupId, false, db);
  const [themes, activities] = await Promise.all([
    db.groupTheme.findMany({ where: { groupId: group.id }, select: { id: true, year: true, title: true }, orderBy: [{ year: "desc" }, { title: "asc" }] }),
    db.groupActivity.findMany({
      where: { groupId: group.id },
      select: {
        id: true,
        kind: true,
        title: true,
        heldOn: true,
        place: true,
        summary: true,
        participants: { select: { deputy: { select: { id: true, name: true } } }, orderBy: { deputy: { name: "asc" } } },
        reports: { select: { id: true, title: true, ext: true, size: true }, orderBy: { createdAt: "asc" } },
      },
      orderBy: [{ heldOn: "desc" }, { id: "desc" }],
      take: 50,
    }),
  ]);
  return {
    themes,
    activities: activities.map(({ participants, heldOn, ...a }) => ({ ...a, heldOn: dayFromDb(heldOn), deputies: participants.map((p) => p.deputy) })),
  };
}

/** The group's members (participants of an activity are chosen among them). */
export async function groupMemberOptions(actor: TActor, groupId: string): Promise<{ id: string; label: string }[]> {
  const db = getDb();
  const group = await groupFor(actor, groupId, true, db);
  const rows = await db.groupMember.findMany({ where: { groupId: group.id }, select: { deputy: { select: { id: true, name: true } } }, orderBy: { deputy: { name: "asc" } } });
  return rows.map((r) => ({ id: r.deputy.id, label: r.deputy.name }));
}

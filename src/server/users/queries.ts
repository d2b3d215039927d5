import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { assertCan } from "../authz";
import type { TSessionUser } from "../session";

export const USERS_PAGE_SIZE = 20;

export type TUserRow = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  scope: string | null;
  lastLoginAt: Date | null;
};

export async function listUsers(actor: TSessionUser, filters: { q?: string; role?: Role; page: number }) {
  assertCan(actor, "user:manage");
  const q = filters.q?.trim();
  const where = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(q ? { OR: [{ username: { contains: q.toLowerCase() } }, { displayName: { contains: q } }] } : {}),
  };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ role: "asc" }, { username: "asc" }],
      skip: (filters.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true, username: true, displayName: true, role: true, active: true, lastLoginAt: true,
        committee: { select: { name: true } }, unit: { select: { name: true } },
      },
    }),
  ]);
  const items: TUserRow[] = rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    active: r.active,
    lastLoginAt: r.lastLoginAt,
    scope: r.unit?.name ?? r.committee?.name ?? null,
  }));
  return { items, total, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export async function getUserForAdmin(actor: TSessionUser, userId: string) {
  assertCan(actor, "user:manage");
  const row = await getDb().user.findUnique({
    where: { id: userId },
    select: {
      id: true, username: true, displayName: true, role: true, active: true, lastLoginAt: true, passwordChangedAt: true, totpEnabledAt: true,
      committee: { select: { name: true } }, unit: { select: { name: true } }, deputy: { select: { name: true } },
    },
  });
  if (!row) throw new NotFoundError();
  return row;
}

/** Choices for the scope fields of the create-user form. */
export async function scopeOptions(actor: TSessionUser) {
  assertCan(actor, "user:manage");
  const db = getDb();
  const [committees, units] = await Promise.all([
    db.standingCommittee.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
    db.handlingUnit.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 1000 }),
  ]);
  return { committees, units };
}

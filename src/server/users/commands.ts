import "server-only";
import { checkAgainstHistory } from "../auth/password-history";
import type { Role } from "@/generated/prisma/enums";
import { passwordProblems } from "@/domain/password-policy";
import { scopeProblem, type TCreateUser } from "@/domain/user-schemas";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import { getDb, type TTx } from "../db";
import { NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import { hashPassword } from "../auth/password";
import { assertCan } from "../authz";
import type { TSessionUser } from "../session";

/** Account administration (ADMIN only). Every change that affects access bumps sessionVersion, so
 * the user's open sessions end at once (security.md #4), and writes its audit row in the same
 * transaction. */

function assertPassword(password: string, names: string[], field = "password"): void {
  const problem = passwordProblems(password, names)[0];
  if (problem) throw new ActionRefusal(`password.${problem}`, field);
}

async function loadTarget(tx: TTx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, username: true, displayName: true, role: true, active: true } });
  if (!user) throw new NotFoundError();
  return user;
}

const auditBase = (actor: TSessionUser, ctx: TRequestContext) => ({
  actor: { id: actor.id, username: actor.username, role: actor.role },
  ip: ctx.ip,
  requestId: ctx.requestId,
  objectType: "User",
});

export async function createUser(actor: TSessionUser, input: TCreateUser, ctx: TRequestContext): Promise<{ id: string }> {
  assertCan(actor, "user:manage");
  const scope = scopeProblem(input.role, input.committeeId, input.unitId);
  if (scope) throw new ActionRefusal(`admin.errors.${scope}Required`, scope);
  assertPassword(input.password, [input.username, input.displayName]);
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new ActionRefusal("admin.errors.usernameTaken", "username");
    }
    const needsCommittee = input.role === "STAFF" || input.role === "LEADER";
    const created = await tx.user.create({
      data: {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
        committeeId: needsCommittee ? (input.committeeId ?? null) : null,
        unitId: input.role === "UNIT" ? (input.unitId ?? null) : null,
      },
      select: { id: true },
    });
    await writeAudit(tx, { ...auditBase(actor, ctx), action: "user.create", objectId: created.id, result: "SUCCESS", detail: { role: input.role } });
    return created;
  });
}

export async function changeRole(actor: TSessionUser, userId: string, role: Role, ctx: TRequestContext): Promise<void> {
  assertCan(actor, "user:manage");
  if (userId === actor.id) throw new ActionRefusal("admin.errors.notYourself");
  await getDb().$transaction(async (tx) => {
    const target = await loadTarget(tx, userId);
    if (target.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { ...auditBase(actor, ctx), action: "user.role.change", objectId: userId, result: "SUCCESS", detail: { from: target.role, to: role } });
  });
}

export async function setActive(actor: TSessionUser, userId: string, active: boolean, ctx: TRequestContext): Promise<void> {
  assertCan(actor, "user:manage");
  if (userId === actor.id) throw new ActionRefusal("admin.errors.notYourself");
  await getDb().$transaction(async (tx) => {
    await loadTarget(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { ...auditBase(actor, ctx), action: active ? "user.enable" : "user.disable", objectId: userId, result: "SUCCESS" });
  });
}

export async function resetPassword(actor: TSessionUser, userId: string, password: string, ctx: TRequestContext): Promise<void> {
  assertCan(actor, "user:manage");
  const target = await getDb().user.findUnique({ where: { id: userId }, select: { username: true, displayName: true, passwordHash: true, passwordHistory: true } });
  if (!target) throw new NotFoundError();
  assertPassword(password, [target.username, target.displayName]);
  const passwordHistory = await checkAgainstHistory(password, target, "password");
  const passwordHash = await hashPassword(password);
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordHistory, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { ...auditBase(actor, ctx), action: "user.password.reset", objectId: userId, result: "SUCCESS" });
  });
}

/**
 * Clears an account's TOTP (a lost phone): the user enrols again at their next sign-in. Ends their
 * sessions. Never one's own: another administrator does it (and it is audited).
 */
export async function resetTotp(actor: TSessionUser, userId: string, ctx: TRequestContext): Promise<void> {
  assertCan(actor, "user:manage");
  if (userId === actor.id) throw new ActionRefusal("admin.errors.notYourself");
  await getDb().$transaction(async (tx) => {
    await loadTarget(tx, userId);
    await tx.user.update({
      where: { id: userId },
      data: { totpSecretCipher: null, totpPendingCipher: null, totpEnabledAt: null, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, { ...auditBase(actor, ctx), action: "user.mfa.reset", objectId: userId, result: "SUCCESS" });
  });
}

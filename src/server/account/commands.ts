import "server-only";
import { passwordProblems } from "@/domain/password-policy";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import { getDb } from "../db";
import type { TRequestContext } from "../request-context";
import { hashPassword, verifyPassword } from "../auth/password";
import { checkAgainstHistory } from "../auth/password-history";
import { assertCan } from "../authz";
import type { TSessionUser } from "../session";

/**
 * A user changes their own password. The current one must be right; the new one must meet the
 * policy and differ from the current. All sessions of the user end (sessionVersion + 1), this one
 * too: they sign in again with the new password.
 */
export async function changeOwnPassword(
  actor: TSessionUser,
  input: { currentPassword: string; newPassword: string },
  ctx: TRequestContext,
): Promise<void> {
  assertCan(actor, "account:changeOwnPassword");
  const db = getDb();
  const row = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, passwordHistory: true } });
  const audit = { actor: { id: actor.id, username: actor.username, role: actor.role }, ip: ctx.ip, requestId: ctx.requestId, objectType: "User", objectId: actor.id } as const;
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await db.$transaction((tx) => writeAudit(tx, { ...audit, action: "account.password.change", result: "FAILURE", detail: { reason: "current" } }));
    throw new ActionRefusal("account.errors.currentWrong", "currentPassword");
  }
  const problem = passwordProblems(input.newPassword, [actor.username, actor.displayName])[0];
  if (problem) throw new ActionRefusal(`password.${problem}`, "newPassword");
  if (await verifyPassword(row.passwordHash, input.newPassword)) throw new ActionRefusal("account.errors.sameAsCurrent", "newPassword");
  const passwordHistory = await checkAgainstHistory(input.newPassword, row, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, passwordHistory, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { ...audit, action: "account.password.change", result: "SUCCESS" });
  });
}

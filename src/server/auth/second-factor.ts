import "server-only";
import { isRole } from "@/domain/roles";
import { requiresMfa, stepIsFresh } from "@/domain/mfa/policy";
import type { TTx } from "../db";
import type { TCheckedUser } from "./credentials";
import { matchTotp, openTotpSecret } from "./totp";

/**
 * What the second factor says about one sign-in, once the password was right:
 * - skip: the role needs no TOTP;
 * - required: enrolled, no code sent yet (the form asks for it);
 * - enrol: the role needs TOTP and none is set up (the form offers enrolment);
 * - invalid: a wrong, stale or already used code (counted like a wrong password);
 * - ok: the code matched `step`; `confirm` when it completes an enrolment.
 */
export type TSecondFactor =
  | { kind: "skip" }
  | { kind: "required" }
  | { kind: "enrol" }
  | { kind: "invalid" }
  | { kind: "ok"; step: number; confirm: boolean };

export function judgeSecondFactor(user: TCheckedUser, code: string | undefined, now: Date): TSecondFactor {
  if (!isRole(user.role) || !requiresMfa(user.role)) return { kind: "skip" };
  const sealed = user.totpSecretCipher ?? user.totpPendingCipher;
  if (!sealed) return { kind: "enrol" };
  if (!code) return user.totpSecretCipher ? { kind: "required" } : { kind: "enrol" };
  const step = matchTotp(openTotpSecret(sealed, user.id), code, now.getTime());
  if (step === null || !stepIsFresh(step, user.totpLastStep)) return { kind: "invalid" };
  return { kind: "ok", step, confirm: user.totpSecretCipher === null };
}

/**
 * Spends the step inside the sign-in transaction: a conditional update, so that of two sign-ins
 * racing with one code only one gets through. Completes an enrolment when `confirm`.
 */
export async function spendStep(tx: TTx, userId: string, factor: Extract<TSecondFactor, { kind: "ok" }>, now: Date): Promise<boolean> {
  const pending = factor.confirm ? await tx.user.findUnique({ where: { id: userId }, select: { totpPendingCipher: true } }) : null;
  const { count } = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: factor.step } }] },
    data: {
      totpLastStep: factor.step,
      ...(factor.confirm && pending?.totpPendingCipher
        ? { totpSecretCipher: pending.totpPendingCipher, totpPendingCipher: null, totpEnabledAt: now }
        : {}),
    },
  });
  return count === 1;
}

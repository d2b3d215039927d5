"use server";

import { ZLoginInput } from "@/domain/login-input";
import type { TActionState } from "@/lib/action-state";
import { beginEnrolment } from "@/server/auth/enrolment";
import { runPublicAction } from "@/server/public-actions";

export type TEnrolState = TActionState & { qrSvg?: string; secret?: string };

/**
 * Sign-in page, second step for an account that must use TOTP and has none yet: re-checks the
 * password and answers with a new secret as a QR code (the first valid code at sign-in confirms it).
 */
export async function beginEnrolmentAction(input: { username: string; password: string }): Promise<TEnrolState> {
  return runPublicAction(input, ZLoginInput, async (data, ctx): Promise<TEnrolState> => {
    const r = await beginEnrolment(data, ctx);
    if (!r.ok) return { ok: false, message: `login.errors.${r.code}` };
    return { ok: true, qrSvg: r.enrolment.qrSvg, secret: r.enrolment.secret };
  });
}

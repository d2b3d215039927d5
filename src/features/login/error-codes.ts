import { z } from "zod";

/** The failure codes the Credentials provider reports in `res.error` (login.errors.<code>). */
export const LOGIN_ERROR_CODES = ["INVALID", "LOCKED", "THROTTLED", "INPUT", "UNAVAILABLE", "TOTP_REQUIRED", "TOTP_INVALID", "MFA_ENROLL"] as const;
export const ZLoginErrorCode = z.enum(LOGIN_ERROR_CODES);
export type TLoginErrorCode = z.infer<typeof ZLoginErrorCode>;

/**
 * Any value from next-auth (or the ?error= query when it redirects) → one of our codes.
 * next-auth's own "CredentialsSignin" means a refused sign-in; anything unknown is "try later".
 * Nothing from the URL is ever displayed as text.
 */
export function loginErrorCode(raw: unknown): TLoginErrorCode {
  const parsed = ZLoginErrorCode.safeParse(raw);
  if (parsed.success) return parsed.data;
  return raw === "CredentialsSignin" ? "INVALID" : "UNAVAILABLE";
}

/** For the page's ?error= parameter: a known code, or nothing shown. */
export function loginErrorFromQuery(raw: unknown): TLoginErrorCode | null {
  if (raw === undefined) return null;
  const parsed = ZLoginErrorCode.safeParse(raw);
  if (parsed.success) return parsed.data;
  return raw === "CredentialsSignin" ? "INVALID" : null;
}

import type { TRole } from "../roles";

/**
 * Two factors (security.md #3): TOTP per RFC 6238 — HMAC-SHA1, 6 digits, 30-second steps — is
 * required for the roles that hold the keys to accounts, the audit trail and the whole picture.
 * A code is accepted one step either side of the server's clock (phones drift), and only once: a
 * step at or before the last accepted one is refused, so an overheard code cannot be replayed.
 */
export const MFA_ROLES: readonly TRole[] = ["ADMIN", "AUDITOR", "LEADER"];
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_ALGORITHM = "SHA1";
export const TOTP_WINDOW_STEPS = 1;
export const TOTP_ISSUER = "履职";

export function requiresMfa(role: TRole): boolean {
  return MFA_ROLES.includes(role);
}

/** The time step a code for `atMs` belongs to. */
export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** Single use: a matched step is accepted only when it is later than the last one accepted. */
export function stepIsFresh(matchedStep: number, lastAcceptedStep: number | null): boolean {
  return lastAcceptedStep === null || matchedStep > lastAcceptedStep;
}

/** What a person may type: six digits, spaces ignored (authenticator apps show "123 456"). */
export function normalizeTotpCode(raw: string): string | null {
  const digits = raw.replace(/\s+/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

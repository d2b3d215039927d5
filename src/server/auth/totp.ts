import "server-only";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import {
  TOTP_ALGORITHM,
  TOTP_DIGITS,
  TOTP_ISSUER,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW_STEPS,
  normalizeTotpCode,
  totpStep,
} from "@/domain/mfa/policy";
import { decryptPii, encryptPii } from "../crypto/pii-cipher";

/**
 * TOTP with otpauth (RFC 4226/6238, no dependencies, maintained): secrets are 20 random bytes,
 * stored base32 and encrypted with the PII cipher (SM4 + HMAC-SM3) under their own MAC context,
 * so a secret copied into another column or row does not decrypt.
 */
const CONTEXT = "User.totpSecret";

function totpFor(base32: string, label = "user"): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export const sealTotpSecret = (base32: string, userId: string): string => encryptPii(base32, `${CONTEXT}:${userId}`);
export const openTotpSecret = (sealed: string, userId: string): string => decryptPii(sealed, `${CONTEXT}:${userId}`);

/** The step the code matches (within ±1 step of `atMs`), or null. Freshness is the caller's rule. */
export function matchTotp(base32: string, rawCode: string, atMs: number): number | null {
  const code = normalizeTotpCode(rawCode);
  if (!code) return null;
  const delta = totpFor(base32).validate({ token: code, timestamp: atMs, window: TOTP_WINDOW_STEPS });
  return delta === null ? null : totpStep(atMs) + delta;
}

/** The code for `atMs` (tests and the demo seed's documentation only). */
export function totpCode(base32: string, atMs: number): string {
  return totpFor(base32).generate({ timestamp: atMs });
}

export type TEnrolment = { secret: string; uri: string; qrSvg: string };

/** What an authenticator app needs: the otpauth:// URI as a QR code (SVG), and the secret typed by hand. */
export async function enrolmentFor(base32: string, username: string): Promise<TEnrolment> {
  const uri = totpFor(base32, username).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { secret: base32, uri, qrSvg };
}

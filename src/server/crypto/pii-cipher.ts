import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";
import { PiiCipherError } from "./errors";
import { KEY_ID, keyringFromEnv, type TPiiKey, type TPiiKeyring } from "./keyring";

/**
 * Personal data at rest (security.md #11): ID-card numbers, phone numbers, addresses.
 *
 * Cipher: SM4-CBC (GB/T 32907) with a random 16-byte IV and PKCS#7 padding, then HMAC-SM3 over
 * the encoded header and ciphertext (encrypt-then-MAC), verified in constant time before anything
 * is decrypted. node:crypto on Node 20 has no sm4-gcm, hence CBC + MAC.
 *
 * Stored form (ASCII, no dots inside parts, fits a text column):
 *   v1.<keyId>.<base64url IV>.<base64url ciphertext>.<base64url MAC>
 * The MAC covers the text "v1.<keyId>.<iv>.<ct>" plus an optional caller context (e.g. the
 * column name, not stored), so the version, the key id, the IV and the ciphertext are all
 * authenticated and a value copied into another column fails. Decoding is strict (canonical
 * base64url only), so no two stored strings decrypt to the same value under the same MAC.
 * Length: 16-byte blocks leak the plaintext length rounded up to 16 bytes — acceptable here.
 *
 * Rotation: encrypt with the current key; decrypt with the current or any PII_OLD_KEYS key;
 * `needsReencryption` finds rows to rewrite, `reencrypt` rewrites one.
 *
 * Blind index: HMAC-SM3(blind key, kind ‖ 0x00 ‖ normalised value), hex. Store it beside the
 * ciphertext and search with `WHERE idx IN (blindIndexCandidates(…))` while keys rotate.
 * Normalise first (normalizeIdCard, normalizePhone) or equal values will not match.
 */
export const PII_VERSION = "v1";
const IV_BYTES = 16;
const BLOCK_BYTES = 16;
const MAC_BYTES = 32;
const KIND = /^[a-z][A-Za-z0-9_.-]{0,39}$/;

export type TPiiCipher = {
  readonly currentKeyId: string;
  encrypt(plaintext: string, context?: string): string;
  decrypt(stored: string, context?: string): string;
  /** True when written with another key than the current one. Throws on malformed input. */
  needsReencryption(stored: string): boolean;
  /** Decrypts and encrypts with the current key when needed; otherwise returns `stored`. */
  reencrypt(stored: string, context?: string): string;
  blindIndex(kind: string, normalizedValue: string): string;
  /** The index under every known key, current first: a lookup that works mid-rotation. */
  blindIndexCandidates(kind: string, normalizedValue: string): string[];
};

type TParsed = { keyId: string; iv: Buffer; ct: Buffer; mac: Buffer; signed: string };

/** Canonical base64url only: Buffer.from(…, "base64url") silently skips bad characters. */
function decodeStrict(part: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return null;
  const bytes = Buffer.from(part, "base64url");
  return bytes.toString("base64url") === part ? bytes : null;
}

function macInput(signed: string, context: string): Buffer {
  return Buffer.concat([Buffer.from(signed, "ascii"), Buffer.from([0]), Buffer.from(context, "utf8")]);
}

function hmacSm3(key: Buffer, data: Buffer): Buffer {
  return createHmac("sm3", key).update(data).digest();
}

function parse(stored: string): TParsed {
  if (typeof stored !== "string") throw new PiiCipherError("format", "Not an encrypted value");
  const parts = stored.split(".");
  const [version, keyId, ivText, ctText, macText] = parts;
  if (parts.length !== 5 || version !== PII_VERSION || keyId === undefined || !KEY_ID.test(keyId)) {
    throw new PiiCipherError("format", "Not an encrypted value of a known version");
  }
  const iv = decodeStrict(ivText ?? "");
  const ct = decodeStrict(ctText ?? "");
  const mac = decodeStrict(macText ?? "");
  if (!iv || !ct || !mac || iv.length !== IV_BYTES || mac.length !== MAC_BYTES) {
    throw new PiiCipherError("format", "Malformed encrypted value");
  }
  if (ct.length === 0 || ct.length % BLOCK_BYTES !== 0) {
    throw new PiiCipherError("format", "Malformed encrypted value");
  }
  return { keyId, iv, ct, mac, signed: `${version}.${keyId}.${ivText}.${ctText}` };
}

function checkKind(kind: string): void {
  if (!KIND.test(kind)) throw new PiiCipherError("config", `Blind index kind must match ${KIND.source}`);
}

function blindWith(key: TPiiKey, kind: string, value: string): string {
  checkKind(kind);
  const data = Buffer.concat([Buffer.from(kind, "ascii"), Buffer.from([0]), Buffer.from(value, "utf8")]);
  return hmacSm3(key.blind, data).toString("hex");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function createPiiCipher(keyring: TPiiKeyring): TPiiCipher {
  const byId = new Map<string, TPiiKey>([keyring.current, ...keyring.old].map((k) => [k.id, k]));
  const { current } = keyring;

  function encrypt(plaintext: string, context = ""): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("sm4-cbc", current.enc, iv);
    const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    const signed = `${PII_VERSION}.${current.id}.${iv.toString("base64url")}.${ct.toString("base64url")}`;
    const mac = hmacSm3(current.mac, macInput(signed, context));
    return `${signed}.${mac.toString("base64url")}`;
  }

  function decrypt(stored: string, context = ""): string {
    const p = parse(stored);
    const key = byId.get(p.keyId);
    if (!key) throw new PiiCipherError("unknownKey", `No PII key with id "${p.keyId}" is configured`);
    const expected = hmacSm3(key.mac, macInput(p.signed, context));
    if (!timingSafeEqual(expected, p.mac)) {
      throw new PiiCipherError("integrity", "Encrypted value failed its integrity check");
    }
    try {
      const decipher = createDecipheriv("sm4-cbc", key.enc, p.iv);
      return utf8.decode(Buffer.concat([decipher.update(p.ct), decipher.final()]));
    } catch {
      // Unreachable unless the MAC key and the encryption key disagree: still never leak details.
      throw new PiiCipherError("integrity", "Encrypted value failed its integrity check");
    }
  }

  function needsReencryption(stored: string): boolean {
    return parse(stored).keyId !== current.id;
  }

  return {
    currentKeyId: current.id,
    encrypt,
    decrypt,
    needsReencryption,
    reencrypt: (stored, context = "") =>
      needsReencryption(stored) ? encrypt(decrypt(stored, context), context) : stored,
    blindIndex: (kind, value) => blindWith(current, kind, value),
    blindIndexCandidates: (kind, value) => [...byId.values()].map((k) => blindWith(k, kind, value)),
  };
}

// ── The instance configured from the environment (lazy: `next build` needs no key) ─────────────

let configured: TPiiCipher | undefined;

export function piiCipher(): TPiiCipher {
  configured ??= createPiiCipher(keyringFromEnv(env()));
  return configured;
}

/** Tests only: replace (or with undefined, reset) the configured instance. */
export function setPiiCipherForTesting(cipher: TPiiCipher | undefined): void {
  configured = cipher;
}

export const encryptPii = (plaintext: string, context?: string): string => piiCipher().encrypt(plaintext, context);
export const decryptPii = (stored: string, context?: string): string => piiCipher().decrypt(stored, context);
export const needsReencryption = (stored: string): boolean => piiCipher().needsReencryption(stored);
export const reencryptPii = (stored: string, context?: string): string => piiCipher().reencrypt(stored, context);
export const blindIndex = (kind: string, normalizedValue: string): string =>
  piiCipher().blindIndex(kind, normalizedValue);
export const blindIndexCandidates = (kind: string, normalizedValue: string): string[] =>
  piiCipher().blindIndexCandidates(kind, normalizedValue);
export { PiiCipherError } from "./errors";

import "server-only";
import { hkdfSync } from "node:crypto";
import type { TEnv } from "@/server/env";
import { PiiCipherError } from "./errors";

/**
 * Keys for personal data at rest (security.md #11; GB/T 39786-2021: SM algorithms, keys outside
 * the database). One master key per key id comes from the environment; from it HKDF (RFC 5869)
 * with SM3 — node:crypto's hkdfSync accepts "sm3" — derives three independent keys:
 *   enc   16 bytes  SM4-CBC encryption
 *   mac   32 bytes  HMAC-SM3 over each ciphertext (encrypt-then-MAC)
 *   blind 32 bytes  HMAC-SM3 blind index for equality search on encrypted columns
 * A fixed application salt and distinct `info` labels separate the keys (domain separation).
 */
export const MASTER_KEY_BYTES = 32;
export const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;
const HKDF_SALT = Buffer.from("lvzhi/pii/hkdf-salt/v1", "utf8");

export type TPiiKey = { id: string; enc: Buffer; mac: Buffer; blind: Buffer };
export type TPiiKeyring = { current: TPiiKey; old: readonly TPiiKey[] };
export type TPiiKeyEnv = Pick<TEnv, "NODE_ENV" | "PII_KEY" | "PII_KEY_ID" | "PII_OLD_KEYS">;

// ─────────────────────────────────────────────────────────────────────────────────────────────
// !!! DEVELOPMENT AND TEST KEY — PUBLIC, IN THE SOURCE CODE, PROTECTS NOTHING !!!
// Used only when PII_KEY is unset and NODE_ENV is not "production". keyringFromEnv() refuses it
// in production even when set explicitly. Data encrypted with it carries the key id "dev", so a
// production instance (which never holds that key) cannot mistake it for real ciphertext.
// ─────────────────────────────────────────────────────────────────────────────────────────────
export const DEV_PII_KEY_ID = "dev";
export const DEV_PII_KEY = "FX7zESHxsYS+YyJDGAWqnLnNvffao4bE3spTxXyR2tw=";

const DEFAULT_KEY_ID = "k1";

function hkdf(master: Buffer, info: string, length: number): Buffer {
  return Buffer.from(hkdfSync("sm3", master, HKDF_SALT, Buffer.from(info, "utf8"), length));
}

/** Derives the working keys from a 32-byte master key. */
export function derivePiiKey(id: string, master: Buffer): TPiiKey {
  if (!KEY_ID.test(id)) throw new PiiCipherError("config", `PII key id must match ${KEY_ID.source}`);
  if (master.length !== MASTER_KEY_BYTES) {
    throw new PiiCipherError("config", `PII key "${id}" must be ${MASTER_KEY_BYTES} bytes (base64)`);
  }
  return {
    id,
    enc: hkdf(master, "lvzhi pii v1 sm4-cbc encryption key", 16),
    mac: hkdf(master, "lvzhi pii v1 hmac-sm3 ciphertext mac key", 32),
    blind: hkdf(master, "lvzhi pii v1 hmac-sm3 blind index key", 32),
  };
}

/** Strict standard base64 (with or without padding) of exactly 32 bytes. */
export function decodeMasterKey(id: string, base64: string): Buffer {
  const text = base64.trim();
  const bytes = Buffer.from(text, "base64");
  const canonical = /^[A-Za-z0-9+/]+={0,2}$/.test(text) && bytes.toString("base64").replace(/=+$/, "") === text.replace(/=+$/, "");
  if (!canonical || bytes.length !== MASTER_KEY_BYTES) {
    throw new PiiCipherError(
      "config",
      `PII key "${id}" must be base64 of ${MASTER_KEY_BYTES} random bytes (openssl rand -base64 32)`,
    );
  }
  return bytes;
}

/** "k1:base64,k0:base64" → [[id, base64], …]; whitespace and empty entries ignored. */
function parseOldKeys(value: string | undefined): Array<[string, string]> {
  if (!value) return [];
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(":");
      if (colon <= 0) throw new PiiCipherError("config", 'PII_OLD_KEYS entries must look like "id:base64"');
      return [entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()];
    });
}

/**
 * The keyring from environment values: PII_KEY (+ PII_KEY_ID, default "k1") is current; every
 * PII_OLD_KEYS entry decrypts only. Production without PII_KEY, or with the development key
 * anywhere, is refused. Ids must be unique.
 */
export function keyringFromEnv(e: TPiiKeyEnv): TPiiKeyring {
  const production = e.NODE_ENV === "production";
  let currentId: string;
  let currentKey: string;
  if (e.PII_KEY) {
    currentId = e.PII_KEY_ID ?? DEFAULT_KEY_ID;
    currentKey = e.PII_KEY;
  } else if (production) {
    throw new PiiCipherError("config", "PII_KEY is required in production (base64 of 32 random bytes)");
  } else {
    currentId = DEV_PII_KEY_ID;
    currentKey = DEV_PII_KEY;
  }
  const entries: Array<[string, string]> = [[currentId, currentKey], ...parseOldKeys(e.PII_OLD_KEYS)];
  const devBytes = Buffer.from(DEV_PII_KEY, "base64");
  const seen = new Set<string>();
  const keys = entries.map(([id, base64]) => {
    if (seen.has(id)) throw new PiiCipherError("config", `PII key id "${id}" appears twice`);
    seen.add(id);
    if (!KEY_ID.test(id)) throw new PiiCipherError("config", `PII key id "${id}" must match ${KEY_ID.source}`);
    const master = decodeMasterKey(id, base64);
    if (production && (master.equals(devBytes) || id === DEV_PII_KEY_ID)) {
      throw new PiiCipherError("config", "The development PII key must not be used in production");
    }
    return derivePiiKey(id, master);
  });
  const [current, ...old] = keys;
  if (!current) throw new PiiCipherError("config", "No PII key configured");
  return { current, old };
}

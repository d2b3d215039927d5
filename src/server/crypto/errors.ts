import "server-only";

/**
 * config     — the key configuration is missing or wrong (startup, not user input)
 * format     — not a ciphertext of a known version, or not canonically encoded
 * unknownKey — written with a key id this instance does not hold (add it to PII_OLD_KEYS)
 * integrity  — the MAC does not match: tampered, truncated, wrong key or wrong context
 * The message never contains plaintext or key material.
 */
export type TPiiCipherErrorCode = "config" | "format" | "unknownKey" | "integrity";

export class PiiCipherError extends Error {
  readonly code: TPiiCipherErrorCode;

  constructor(code: TPiiCipherErrorCode, message: string) {
    super(message);
    this.name = "PiiCipherError";
    this.code = code;
  }
}

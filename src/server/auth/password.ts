import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { PASSWORD_MAX } from "@/domain/password-policy";

// argon2id with OWASP's second recommended setting (19 MiB, 2 passes): ~60 ms here.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash of nothing anyone knows: verified against when the account does not exist, so that an
 * unknown name costs the same time as a wrong password. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  // Never truncate, and never feed a huge input to the hash: over the limit is simply wrong.
  if (password.length === 0 || [...password].length > PASSWORD_MAX) return false;
  if (!storedHash) {
    dummyHash ??= hashPassword("lvzhi-no-such-account-" + Math.random());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

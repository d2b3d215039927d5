import "server-only";
import { nextPasswordHistory } from "@/domain/password-rotation";
import { ActionRefusal } from "../actions";
import { verifyPassword } from "./password";

/**
 * Refuses a new password equal to the current one or to any kept in the history (argon2 verify
 * against each: ~60 ms a hash, five at most). Returns the history to store with the new hash.
 */
export async function checkAgainstHistory(
  newPassword: string,
  current: { passwordHash: string; passwordHistory: readonly string[] },
  field: string,
): Promise<string[]> {
  for (const hash of [current.passwordHash, ...current.passwordHistory]) {
    if (await verifyPassword(hash, newPassword)) throw new ActionRefusal("password.reused", field);
  }
  return nextPasswordHistory(current.passwordHash, current.passwordHistory);
}

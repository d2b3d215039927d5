/**
 * The digest an error carries when the database cannot be reached. Next keeps an error's own
 * `digest` when it reaches the browser (messages are stripped in production), so error boundaries
 * can tell "database down" (errors.unavailable) from any other failure. src/server's
 * UnavailableError should set `digest = DB_UNAVAILABLE_DIGEST`.
 */
export const DB_UNAVAILABLE_DIGEST = "LVZHI_DB_UNAVAILABLE";

export function isDbUnavailableError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { digest, name } = error as { digest?: unknown; name?: unknown };
  return digest === DB_UNAVAILABLE_DIGEST || name === "UnavailableError";
}

export function errorDigest(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { digest } = error as { digest?: unknown };
  return typeof digest === "string" && digest !== DB_UNAVAILABLE_DIGEST ? digest : null;
}

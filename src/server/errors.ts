/** Errors that src/server throws and the app maps to a response or a message key. */
export class ForbiddenError extends Error {
  constructor(message = "forbidden") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The user's password is past its maximum age: only changing it is allowed (security.md #1). */
export class PasswordExpiredError extends ForbiddenError {
  constructor() {
    super("password expired");
    this.name = "PasswordExpiredError";
  }
}

export class NotFoundError extends Error {
  constructor(message = "not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class UnauthenticatedError extends Error {
  constructor(message = "unauthenticated") {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

/** The database cannot be reached: pages answer 503, nothing fails open. */
export class UnavailableError extends Error {
  /** Kept by Next in production (messages are stripped), so error screens can say "database down". */
  readonly digest = "LVZHI_DB_UNAVAILABLE";
  constructor(cause?: unknown) {
    super("database unavailable", { cause });
    this.name = "UnavailableError";
  }
}

const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "57P01", "57P03", "08006", "08001", "08003", "P1001", "P1002", "P1017"]);

/** True when an error from the driver or Prisma means "no database", not "bad query". */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    if (e instanceof UnavailableError) return true;
    if (typeof e === "object") {
      const rec = e as { code?: unknown; message?: unknown; cause?: unknown };
      if (typeof rec.code === "string" && UNAVAILABLE_CODES.has(rec.code)) return true;
      if (typeof rec.message === "string" && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|Can't reach database|timeout exceeded when trying to connect/i.test(rec.message)) {
        return true;
      }
      e = rec.cause;
    } else break;
  }
  return false;
}

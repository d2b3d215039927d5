import { z } from "zod";
import { ZAuditRetentionDays } from "@/domain/audit-retention";

/**
 * The only module that reads process.env (architecture.md). Parsed lazily so that `next build`
 * and pure tests never need a database or secrets. No "server-only" marker: proxy.ts reads the
 * mode too; nothing here is secret until a server module asks for it.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** postgresql://… — set by the launcher (scripts/serve.ts) for the embedded database too. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL").optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (DEPLOY.md). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
  /** days until a password must be changed (security.md #1); 0 turns expiry off */
  PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().min(0).max(3650).default(180),
  /** days audit rows are kept at least (security.md #10): refuses fewer than 184 */
  AUDIT_RETENTION_DAYS: ZAuditRetentionDays,
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Personal-data master key (security.md #11): base64 of 32 random bytes. Required in production. */
  PII_KEY: z.string().optional(),
  /** Id of PII_KEY, written into every ciphertext so that keys can be rotated. */
  PII_KEY_ID: z.string().regex(/^[A-Za-z0-9_-]{1,16}$/, "PII_KEY_ID must be 1–16 of A–Z a–z 0–9 _ -").optional(),
  /** Retired keys, still accepted for decryption: "id:base64,id:base64". */
  PII_OLD_KEYS: z.string().optional(),
  /** Seconds between runs of the loop's scheduled job inside this server; 0 = off (loop jobs). */
  LVZHI_JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(0),
  /** "1" serves /dashboard/floor, the benchmark's framework floor (scripts/bench); off otherwise. */
  LVZHI_BENCH_FLOOR: z.enum(["0", "1"]).default("0"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}

/** The session secret; a development fallback is allowed only outside production. */
export function authSecret(): string {
  const e = env();
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET is required in production (at least 32 characters)");
  }
  return "lvzhi-development-secret-not-for-production-use";
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the portal with `npm run dev` or `npm start`, which serve the embedded database, or set DATABASE_URL=postgresql://…",
    );
  }
  return url;
}

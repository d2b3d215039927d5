import { z } from "zod";
import { ROLES } from "./roles";

/** Shared shapes for account administration. Messages are catalog keys under "admin.errors". */
export const ZUsername = z
  .string()
  .trim()
  .min(3, "admin.errors.usernameLength")
  .max(64, "admin.errors.usernameLength")
  .regex(/^[a-zA-Z0-9._-]+$/, "admin.errors.usernameChars")
  .transform((s) => s.toLowerCase());

export const ZDisplayName = z
  .string()
  .trim()
  .min(1, "admin.errors.displayNameRequired")
  .max(60, "admin.errors.displayNameLength")
  .refine((s) => !/[<>]/.test(s), "admin.errors.displayNameChars");

export const ZRoleField = z.enum(ROLES, { message: "admin.errors.role" });

const ZOptionalId = z
  .string()
  .trim()
  .transform((s) => (s === "" ? null : s))
  .pipe(z.uuid({ message: "admin.errors.scope" }).nullable());

export const ZCreateUser = z
  .object({
    username: ZUsername,
    displayName: ZDisplayName,
    role: ZRoleField,
    committeeId: ZOptionalId.optional(),
    unitId: ZOptionalId.optional(),
    password: z.string().min(1, "admin.errors.passwordRequired"),
  })
  .strict();
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUserId = z.uuid({ message: "actions.notFound" });

export const ZChangeRole = z.object({ userId: ZUserId, role: ZRoleField }).strict();
export const ZSetActive = z.object({ userId: ZUserId, active: z.enum(["true", "false"]).transform((v) => v === "true") }).strict();
export const ZResetTotp = z.object({ userId: ZUserId }).strict();
export const ZResetPassword = z.object({ userId: ZUserId, password: z.string().min(1, "admin.errors.passwordRequired") }).strict();

export const ZChangeOwnPassword = z
  .object({
    currentPassword: z.string().min(1, "account.errors.currentRequired").max(128, "account.errors.currentWrong"),
    newPassword: z.string().min(1, "account.errors.newRequired"),
    confirmPassword: z.string(),
  })
  .strict()
  .refine((v) => v.newPassword === v.confirmPassword, { message: "account.errors.mismatch", path: ["confirmPassword"] });

/** Which scope field a role needs: STAFF/LEADER a committee, UNIT a handling unit. */
export function scopeProblem(role: string, committeeId: string | null | undefined, unitId: string | null | undefined): "committeeId" | "unitId" | null {
  if ((role === "STAFF" || role === "LEADER") && !committeeId) return "committeeId";
  if (role === "UNIT" && !unitId) return "unitId";
  return null;
}

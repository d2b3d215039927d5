import { z } from "zod";
import { PASSWORD_MAX } from "./password-policy";

/**
 * What a sign-in form may send. Messages are catalog keys (login.errors.*). A password is never
 * trimmed or truncated; one longer than the policy's maximum cannot be right and is refused unread.
 */
export const ZLoginInput = z
  .object({
    username: z
      .string()
      .trim()
      .min(1, "usernameRequired")
      .max(64, "usernameTooLong")
      .transform((s) => s.toLowerCase()),
    password: z
      .string()
      .min(1, "passwordRequired")
      .refine((s) => [...s].length <= PASSWORD_MAX, "passwordTooLong"),
    /** the authenticator code, asked for once the password is right (ADMIN, AUDITOR, LEADER) */
    totp: z
      .string()
      .max(16, "totpInvalid")
      .optional()
      .transform((s) => (s && s.trim() ? s : undefined)),
  })
  .strict();

export type TLoginInput = z.infer<typeof ZLoginInput>;

import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/server/auth/password";
import type { TSessionUser } from "@/server/session";

export const TEST_PASSWORD = "Test#Password2026";

let cachedHash: Promise<string> | undefined;

/** A user with defaults; the password hash is computed once per test file. */
export async function seedUser(
  prisma: PrismaClient,
  { role = "STAFF", username = `u-${randomUUID().slice(0, 8)}`, displayName = "测试用户", active = true, password }: {
    role?: Role; username?: string; displayName?: string; active?: boolean; password?: string;
  } = {},
) {
  const passwordHash = password ? await hashPassword(password) : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  return prisma.user.create({
    data: { username, displayName, role, active, passwordHash },
    select: { id: true, username: true, displayName: true, role: true, sessionVersion: true },
  });
}

/** The session view of a seeded user, as src/server receives it. */
export function asActor(user: { id: string; username: string; displayName: string; role: Role }): TSessionUser {
  return { ...user, committeeId: null, unitId: null, deputyId: null };
}

export const testContext = (ip = "203.0.113.7") => ({ ip, requestId: `test-${randomUUID()}` });

/** A signed-in session of the user, as the session cookie's token carries it. */
export async function seedSessionToken(prisma: PrismaClient, user: { id: string; role: Role; sessionVersion: number }, at: number) {
  const session = await prisma.userSession.create({
    data: { userId: user.id, createdAt: new Date(at * 1000), expiresAt: new Date((at + 12 * 3600) * 1000) },
    select: { id: true },
  });
  return { sub: user.id, sid: session.id, role: user.role, sv: user.sessionVersion, authTime: at, lastSeen: at };
}

import type { TRole } from "@/domain/roles";

declare module "next-auth" {
  interface User {
    username: string;
    sessionId: string;
    role: TRole;
    sessionVersion: number;
  }
  interface Session {
    user: { name: string | null; role: unknown };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    username?: unknown;
    sid?: unknown;
    role?: unknown;
    sv?: unknown;
    authTime?: unknown;
    lastSeen?: unknown;
  }
}

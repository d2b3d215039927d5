import "server-only";
import { can, type TPermission } from "@/domain/permissions";
import type { TRole } from "@/domain/roles";
import { ForbiddenError } from "@/server/errors";

/**
 * What queries and commands need to know about the caller: a structural subset of the session
 * user (`TSessionUser` from src/server/session.ts), so pages pass the session user as is and tests
 * pass a user read from the database.
 */
export type TActor = {
  id: string;
  role: TRole;
  committeeId: string | null;
  unitId: string | null;
  deputyId: string | null;
};

/** Every query re-checks the permission itself: a page's check is never trusted (security.md #7). */
export function assertCan(actor: TActor, permission: TPermission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError(`${actor.role} lacks ${permission}`);
}

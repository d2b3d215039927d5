/** Roles as the domain knows them; kept equal to the Prisma enum by a unit test. */
export const ROLES = ["ADMIN", "AUDITOR", "STAFF", "LEADER", "DEPUTY", "UNIT", "STATION_MANAGER"] as const;
export type TRole = (typeof ROLES)[number];

export function isRole(value: unknown): value is TRole {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Roles that must use a second factor (security.md #3); enforced in issue 8. */
export const TWO_FACTOR_ROLES: readonly TRole[] = ["ADMIN", "AUDITOR", "LEADER"];

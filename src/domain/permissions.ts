import type { TRole } from "./roles";

/**
 * The one role → permission table (security.md #6). Every check in src/server asks `can(role, p)`;
 * nothing else decides what a role may do. ADMIN, AUDITOR and business roles are disjoint
 * (三员分立): the administrator manages accounts but reads no business data, the auditor reads the
 * audit log and changes nothing.
 */
export const PERMISSIONS = [
  "home:view",
  "account:changeOwnPassword",
  "dashboard:view",
  "deputy:read",
  "deputy:write",
  "deputy:readSelf",
  "deputy:editSelf",
  "deputy:revealPii",
  "station:read",
  "station:write",
  "station:manageOwn",
  "group:read",
  "group:write",
  "unit:read",
  "unit:write",
  "unit:readOwn",
  "user:manage",
  "settings:manage",
  "audit:read",
  "item:read",
  "item:submit",
  "item:export",
  "duty:recordOwn",
  "duty:read",
  "duty:confirm",
  "duty:manage",
  "learning:read",
  "loopSettings:manage",
  "grid:read",
  "grid:report",
  "livelihood:read",
  "livelihood:manage",
  "livelihood:vote",
  "livelihood:report",
  "supervision:read",
] as const;
export type TPermission = (typeof PERMISSIONS)[number];

const everyone: TPermission[] = ["home:view", "account:changeOwnPassword"];

export const ROLE_PERMISSIONS: Readonly<Record<TRole, readonly TPermission[]>> = {
  ADMIN: [...everyone, "user:manage", "settings:manage"],
  AUDITOR: [...everyone, "audit:read"],
  STAFF: [
    ...everyone,
    "dashboard:view",
    "deputy:read",
    "deputy:write",
    "deputy:revealPii",
    "station:read",
    "station:write",
    "group:read",
    "group:write",
    "unit:read",
    "unit:write",
    "item:read",
    "item:submit",
    "item:export",
    "duty:read",
    "duty:confirm",
    "duty:manage",
    "learning:read",
    "loopSettings:manage",
    "grid:read",
    "grid:report",
    "livelihood:read",
    "livelihood:manage",
    "supervision:read",
  ],
  LEADER: [...everyone, "dashboard:view", "deputy:read", "station:read", "group:read", "unit:read", "item:read", "item:export", "duty:read", "learning:read", "grid:read", "livelihood:read", "supervision:read"],
  DEPUTY: [...everyone, "deputy:readSelf", "deputy:editSelf", "group:read", "station:read", "item:read", "item:submit", "duty:recordOwn", "learning:read", "grid:read", "grid:report", "livelihood:read", "livelihood:vote", "supervision:read"],
  UNIT: [...everyone, "unit:readOwn", "item:read", "item:export", "livelihood:read", "livelihood:report"],
  STATION_MANAGER: [...everyone, "station:manageOwn", "station:read", "grid:read", "grid:report", "item:read", "item:submit"],
};

export function can(role: TRole, permission: TPermission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: TRole): readonly TPermission[] {
  return ROLE_PERMISSIONS[role];
}

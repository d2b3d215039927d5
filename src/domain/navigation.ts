import { can, type TPermission } from "./permissions";
import type { TRole } from "./roles";

/**
 * Role-aware navigation, derived from the permission table: an entry shows when the role holds its
 * permission. Labels are message keys (`nav.<key>`) in the catalogs. Later features add entries.
 */
export type TNavItem = { key: string; href: string; permission: TPermission };

export const NAV_ITEMS: readonly TNavItem[] = [
  { key: "home", href: "/home", permission: "home:view" },
  { key: "dashboard", href: "/dashboard", permission: "dashboard:view" },
  { key: "items", href: "/items", permission: "item:read" },
  { key: "deputies", href: "/deputies", permission: "deputy:read" },
  { key: "myProfile", href: "/me/profile", permission: "deputy:readSelf" },
  { key: "stations", href: "/stations", permission: "station:read" },
  { key: "myStation", href: "/station", permission: "station:manageOwn" },
  { key: "groups", href: "/groups", permission: "group:read" },
  { key: "units", href: "/units", permission: "unit:read" },
  { key: "myUnit", href: "/unit", permission: "unit:readOwn" },
  { key: "users", href: "/admin/users", permission: "user:manage" },
  { key: "audit", href: "/audit", permission: "audit:read" },
  { key: "account", href: "/account", permission: "account:changeOwnPassword" },
  { key: "myDuty", href: "/duty", permission: "duty:recordOwn" },
  { key: "dutyReview", href: "/duty/review", permission: "duty:read" },
  { key: "dutyRanking", href: "/duty/ranking", permission: "duty:read" },
  { key: "learning", href: "/duty/learning", permission: "learning:read" },
  { key: "loopSettings", href: "/settings/loop", permission: "loopSettings:manage" },
  { key: "grid", href: "/stations/grid", permission: "grid:read" },
  { key: "livelihood", href: "/livelihood", permission: "livelihood:read" },
  { key: "supervision", href: "/livelihood/topics", permission: "supervision:read" },
];

export function navigationFor(role: TRole): TNavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}

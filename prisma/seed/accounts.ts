import type { Role } from "@/generated/prisma/enums";
import { CODE } from "./regions";
import { DEMO_MANAGED_STATION } from "./stations";
import { DEMO_UNIT, DEMO_UNIT_2 } from "./units";

/** Every demo account signs in with this password. Never used outside the demo seed (security.md #5). */
export const DEMO_PASSWORD = "Lvzhi#Demo2026";

/**
 * The demo's ADMIN, AUDITOR and LEADER accounts come enrolled in TOTP with this secret (base32;
 * add it to an authenticator app, or `npx tsx scripts/totp-code.ts`). Demo seed only: a real
 * account enrols at its first sign-in with a secret of its own.
 */
export const DEMO_TOTP_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

export type TDemoAccount = {
  username: string;
  displayName: string;
  role: Role;
  /** region code of the standing committee a STAFF / LEADER account works for */
  committee?: string;
  /** the handling unit of a UNIT account */
  unit?: { committee: string; name: string };
  /** the station a STATION_MANAGER account runs */
  station?: { region: string; name: string };
  /** what the README says about the account */
  scope: string;
};

/**
 * One account per role (plus a second STAFF and UNIT in another committee, to show scoping).
 * The DEPUTY account is linked from its deputy record (deputies.ts, `account: "deputy"`).
 */
export const DEMO_ACCOUNTS: readonly TDemoAccount[] = [
  { username: "admin", displayName: "系统管理员", role: "ADMIN", scope: "账号与系统设置" },
  { username: "auditor", displayName: "安全审计员", role: "AUDITOR", scope: "只读审计日志" },
  { username: "staff", displayName: "南阳市人大代表工委干部", role: "STAFF", committee: CODE.NANYANG, scope: "南阳市人大常委会代表工委" },
  { username: "leader", displayName: "南阳市人大常委会领导", role: "LEADER", committee: CODE.NANYANG, scope: "南阳市人大常委会" },
  { username: "deputy", displayName: "南阳市人大代表", role: "DEPUTY", scope: "南阳市人大代表（农业专业代表小组、红薯产业代表联络站）" },
  { username: "unit", displayName: "襄城县教育局承办员", role: "UNIT", unit: DEMO_UNIT, scope: "承办单位：襄城县教育局" },
  { username: "station", displayName: "城关镇联络站站长", role: "STATION_MANAGER", station: DEMO_MANAGED_STATION, scope: "襄城县城关镇人大代表联络站" },
  { username: "xc-staff", displayName: "襄城县人大代表工委干部", role: "STAFF", committee: CODE.XIANGCHENG, scope: "襄城县人大常委会代表工委" },
  { username: "ny-unit", displayName: "南阳市农业农村局承办员", role: "UNIT", unit: DEMO_UNIT_2, scope: "承办单位：南阳市农业农村局" },
];

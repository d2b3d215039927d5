import type { TRole } from "../../../src/domain/roles";

/** One demo account per role (prisma/seed/accounts.ts), all with DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ role: TRole; username: string }> = [
  { role: "ADMIN", username: "admin" },
  { role: "AUDITOR", username: "auditor" },
  { role: "STAFF", username: "staff" },
  { role: "LEADER", username: "leader" },
  { role: "DEPUTY", username: "deputy" },
  { role: "UNIT", username: "unit" },
  { role: "STATION_MANAGER", username: "station" },
];

export function accountFor(role: TRole): string {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account.username;
}

import type { PrismaClient } from "@/generated/prisma/client";
import { requiresMfa } from "@/domain/mfa/policy";
import { isRole } from "@/domain/roles";
import { hashPassword } from "@/server/auth/password";
import { sealTotpSecret } from "@/server/auth/totp";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./accounts";
import { buildDemoPlan, type TDemoPlan } from "./plan";

export type TSeedCounts = Record<keyof TDemoPlan, number>;

export type TSeedReport = {
  /** rows inserted by this run, per table (0 everywhere on a second run) */
  inserted: TSeedCounts;
  total: number;
  /** demo usernames already taken by an account the seed did not create: left untouched, not linked */
  foreignAccounts: string[];
  ms: number;
};

/**
 * Loads the demo data (the bulletin's 南阳市 and 襄城县) into the database behind `prisma`.
 * Idempotent: every row has a deterministic id (ids.ts) and is inserted with skipDuplicates, so a
 * second run inserts nothing and never changes rows that exist (e.g. a demo password someone changed).
 * All of it commits in one transaction. Refusing production is the caller's job (index.ts).
 */
export async function seedDemo(prisma: PrismaClient): Promise<TSeedReport> {
  const started = performance.now();
  const plan = buildDemoPlan();

  // Hash only for accounts that do not exist yet, outside the transaction (argon2 takes ~60 ms each).
  const taken = await prisma.user.findMany({
    where: { username: { in: plan.users.map((u) => u.username) } },
    select: { id: true, username: true },
  });
  const takenIds = new Map(taken.map((u) => [u.username, u.id]));
  const foreignAccounts = plan.users.filter((u) => takenIds.has(u.username) && takenIds.get(u.username) !== u.id).map((u) => u.username);
  const foreignIds = new Set(plan.users.filter((u) => foreignAccounts.includes(u.username)).map((u) => u.id));
  const newUsers = plan.users.filter((u) => !takenIds.has(u.username));
  const hashes = await Promise.all(newUsers.map(() => hashPassword(DEMO_PASSWORD)));
  const enrolled = new Date();
  const users = newUsers.map((u, i) => ({
    ...u,
    passwordHash: hashes[i]!,
    ...(isRole(u.role) && requiresMfa(u.role) ? { totpSecretCipher: sealTotpSecret(DEMO_TOTP_SECRET, u.id), totpEnabledAt: enrolled } : {}),
  }));
  // Never attach a deputy record or a station to an account somebody else created.
  const deputies = plan.deputies.map((d) => (d.userId && foreignIds.has(d.userId) ? { ...d, userId: null } : d));
  const stations = plan.stations.map((s) => (s.managerId && foreignIds.has(s.managerId) ? { ...s, managerId: null } : s));

  const inserted = await prisma.$transaction(
    async (tx) => {
      const skipDuplicates = true;
      return {
        regions: (await tx.region.createMany({ data: plan.regions, skipDuplicates })).count,
        committees: (await tx.standingCommittee.createMany({ data: plan.committees, skipDuplicates })).count,
        specialCommittees: (await tx.specialCommittee.createMany({ data: plan.specialCommittees, skipDuplicates })).count,
        delegations: (await tx.delegation.createMany({ data: plan.delegations, skipDuplicates })).count,
        units: (await tx.handlingUnit.createMany({ data: plan.units, skipDuplicates })).count,
        users: (await tx.user.createMany({ data: users, skipDuplicates })).count,
        stations: (await tx.liaisonStation.createMany({ data: stations, skipDuplicates })).count,
        groups: (await tx.professionalGroup.createMany({ data: plan.groups, skipDuplicates })).count,
        deputies: (await tx.deputy.createMany({ data: deputies, skipDuplicates })).count,
        groupMembers: (await tx.groupMember.createMany({ data: plan.groupMembers, skipDuplicates })).count,
        stationDeputies: (await tx.stationDeputy.createMany({ data: plan.stationDeputies, skipDuplicates })).count,
      } satisfies TSeedCounts;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );

  const total = Object.values(inserted).reduce((a, b) => a + b, 0);
  return { inserted, total, foreignAccounts, ms: Math.round(performance.now() - started) };
}

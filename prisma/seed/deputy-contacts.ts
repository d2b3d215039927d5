import type { PrismaClient } from "@/generated/prisma/client";
import { idCardCheckChar } from "@/domain/pii/id-card";
import { piiColumns } from "@/server/deputies/pii";
import { buildDemoPlan } from "./plan";

/**
 * Fictional contact details for the demo deputies (issue 4): an ID number with a valid GB 11643
 * check digit in the deputy's own county, a mobile number and, for some, an address — encrypted with
 * the running instance's PII key like any other. Idempotent: only demo deputies that have no ID
 * number and no phone yet are filled, so a second run (or a deputy's own edits) changes nothing.
 */
export async function seedDeputyContacts(prisma: PrismaClient): Promise<number> {
  const plan = buildDemoPlan();
  const codeOf = new Map(plan.regions.map((r) => [r.id, r.code]));
  const deputies = plan.deputies.flatMap((d) => (d.id ? [{ id: d.id, regionId: d.regionId }] : []));
  const ids = deputies.map((d) => d.id);
  const empty = new Set(
    (await prisma.deputy.findMany({ where: { id: { in: ids }, idCardCipher: null, phoneCipher: null }, select: { id: true } })).map((d) => d.id),
  );
  let filled = 0;
  await prisma.$transaction(
    async (tx) => {
      for (const [n, d] of deputies.entries()) {
        if (!empty.has(d.id)) continue;
        const county = (codeOf.get(d.regionId) ?? "411300").slice(0, 6);
        const birth = `${1962 + (n % 34)}${String(1 + (n % 12)).padStart(2, "0")}${String(1 + (n % 28)).padStart(2, "0")}`;
        const first17 = `${county}${birth}${String(n % 1000).padStart(3, "0")}`;
        const address = n % 3 === 0 ? `河南省${n % 2 ? "南阳市" : "许昌市"}人民路${(n % 90) + 1}号` : null;
        await tx.deputy.update({
          where: { id: d.id },
          data: piiColumns({ idCard: first17 + idCardCheckChar(first17), phone: `138${String(37_000_000 + n * 7).padStart(8, "0")}`, address }),
        });
        filled++;
      }
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  return filled;
}

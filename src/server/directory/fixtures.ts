import type { PrismaClient } from "@/generated/prisma/client";
import type { TActor } from "../authz";

/**
 * Helpers for the directory's integration tests. The oracles here compute scope a different way
 * from the code under test (a parent walk in memory rather than the recursive query), so a wrong
 * CTE or a missing filter shows up as a mismatch.
 */
export async function actorFor(prisma: PrismaClient, username: string): Promise<TActor> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { username },
    select: { id: true, role: true, committeeId: true, unitId: true, deputy: { select: { id: true } } },
  });
  return { id: user.id, role: user.role, committeeId: user.committeeId, unitId: user.unitId, deputyId: user.deputy?.id ?? null };
}

/** The ids of the region with this code and of every region below it. */
export async function regionIdsUnder(prisma: PrismaClient, code: string): Promise<Set<string>> {
  const regions = await prisma.region.findMany({ select: { id: true, parentId: true, code: true } });
  const root = regions.find((r) => r.code === code);
  if (!root) throw new Error(`no region ${code}`);
  const parentOf = new Map(regions.map((r) => [r.id, r.parentId]));
  const under = new Set<string>();
  for (const r of regions) {
    for (let id: string | null | undefined = r.id; id; id = parentOf.get(id)) {
      if (id === root.id) {
        under.add(r.id);
        break;
      }
    }
  }
  return under;
}

/** Code-point order, as PostgreSQL's C / C.UTF-8 collation and PGlite sort (no ICU). */
export function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  const cmp = (x: string, y: string) => {
    const bx = Buffer.from(x, "utf8");
    const by = Buffer.from(y, "utf8");
    return Buffer.compare(bx, by);
  };
  return cmp(a.name, b.name) || cmp(a.id, b.id);
}

/** Reads every page of a paginated list. */
export async function allPages<T>(load: (page: number) => Promise<{ items: T[]; pageCount: number }>): Promise<T[]> {
  const first = await load(1);
  const out = [...first.items];
  for (let p = 2; p <= first.pageCount; p++) out.push(...(await load(p)).items);
  return out;
}

export const NANYANG = "411300";
export const XUCHANG = "411000";
export const XIANGCHENG = "411025";
export const TANGHE = "411328";

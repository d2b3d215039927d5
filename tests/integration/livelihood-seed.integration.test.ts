import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo";
import { seedLivelihood } from "../../prisma/seed/livelihood";
import { ballotCertificate } from "@/server/livelihood/vote";
import { listPlans, stepPlan } from "@/server/livelihood/plans";
import { listOpenPlans } from "@/server/livelihood/public";
import { projectsView } from "@/server/livelihood/supervision";
import type { TSessionUser } from "@/server/session";
import { useTestDatabase } from "../helpers/test-db";
import { testContext } from "../factories/users";

const db = useTestDatabase();

async function demoUser(username: string): Promise<TSessionUser> {
  const u = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true, username: true, displayName: true, role: true, committeeId: true, unitId: true, deputy: { select: { id: true } } } });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, committeeId: u.committeeId, unitId: u.unitId, deputyId: u.deputy?.id ?? null };
}

describe("the livelihood demo data (南阳)", () => {
  it("loads once, certifies the 2025 ballot, flags an overdue milestone, and lets staff open the 2026 ballot", async () => {
    await seedDemo(db());
    expect(await seedLivelihood(db())).toBeGreaterThan(20);
    expect(await seedLivelihood(db())).toBe(0);
    const staff = await demoUser("staff");
    const plans = await listPlans(staff);
    expect(plans.map((p) => [p.year, p.stage])).toEqual([[2027, "COLLECTION"], [2026, "DELIBERATION"], [2025, "SUPERVISION"]]);
    expect((await listOpenPlans()).map((p) => p.year)).toEqual([2027]); // the public form is open now
    plans.shift();
    const cert = await ballotCertificate(staff, plans[1]!.id);
    expect(cert?.tally).toMatchObject({ cast: 40, turnout: 40, valid: 40, invalid: 0 });
    expect(cert?.candidates.map((c) => c.votes)).toEqual([36, 33, 29, 14, 8]);
    expect(cert?.tally.chosen).toHaveLength(3);
    const projects = await projectsView(await demoUser("ny-unit"), plans[1]!.id, new Date("2026-07-15T00:00:00Z"));
    expect(projects.map((p) => p.title)).toEqual(["高标准农田建设"]); // a unit sees its own project
    expect(projects[0]!.milestones[0]!.overdue).toBe(true);
    await stepPlan(staff, plans[0]!.id, "openBallot", testContext());
    expect((await listPlans(staff))[1]!.stage).toBe("VOTING");
  }, 120_000);
});

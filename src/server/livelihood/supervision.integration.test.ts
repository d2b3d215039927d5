import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { VOTE_DAY, planWithOpenBallot, seedVoteWorld } from "../../../tests/factories/livelihood";
import { ActionRefusal } from "../actions";
import { ForbiddenError, NotFoundError } from "../errors";
import { assignUnit } from "./candidates";
import { stepPlan } from "./plans";
import { addMilestone, projectsView, rateProject, recordInspection, reportProgress } from "./supervision";
import { castBallot } from "./vote";

const db = useTestDatabase();
const ctx = testContext();
const LATER = new Date("2026-08-01T02:00:00Z");

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => null, (error: unknown) => error);
  if (!(e instanceof ActionRefusal)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e.messageKey;
}

/** A plan whose ballot chose two projects (the first two candidates), now under supervision. */
async function supervisedWorld() {
  const w = await seedVoteWorld(db(), 3);
  const { planId, candidateIds: c } = await planWithOpenBallot(w, 2);
  for (const d of w.deputies) await castBallot(d, planId, [c[0]!, c[1]!], ctx, VOTE_DAY);
  await stepPlan(w.staff, planId, "closeBallot", ctx, VOTE_DAY);
  await assignUnit(w.staff, c[0], w.units.roads.id, ctx, VOTE_DAY);
  return { w, planId, c };
}

describe("supervision of the chosen projects (issue 7 #3)", () => {
  it("lets the responsible unit alone report progress, flags overdue milestones and counts inspections", async () => {
    const { w, planId, c } = await supervisedWorld();
    const m1 = await addMilestone(w.staff, c[0], { title: "完成设计", dueOn: "2026-06-30" }, ctx, VOTE_DAY);
    await addMilestone(w.staff, c[0], { title: "开工建设", dueOn: "2026-12-31" }, ctx, VOTE_DAY);
    await expect(addMilestone(w.staff, c[2], { title: "x", dueOn: "2026-06-30" }, ctx, VOTE_DAY)).rejects.toThrow(NotFoundError); // not chosen
    await reportProgress(w.roadsUnit, m1.id, { progress: "40", note: "设计完成四成" }, ctx, LATER);
    await expect(reportProgress(w.schoolsUnit, m1.id, { progress: "100", note: "x" }, ctx, LATER)).rejects.toThrow(NotFoundError);
    await expect(reportProgress(w.deputies[0]!, m1.id, { progress: "100", note: "x" }, ctx, LATER)).rejects.toThrow(ForbiddenError);
    expect(await refusal(reportProgress(w.roadsUnit, m1.id, { progress: "140", note: "x" }, ctx, LATER))).toBe("livelihood.milestone.errors.progress");

    await recordInspection(w.deputies[0]!, c[0], { date: "2026-07-20", findings: "现场施工规范" }, ctx, LATER);
    expect(await refusal(recordInspection(w.deputies[1]!, c[0], { date: "2026-09-01", findings: "未来" }, ctx, LATER))).toBe("livelihood.inspection.errors.future");
    expect(await db().livelihoodInspection.count({ where: { deputyId: w.deputies[0]!.deputyId! } })).toBe(1);

    const [project] = (await projectsView(w.leader, planId, LATER)).filter((p) => p.id === c[0]);
    expect(project?.milestones.map((m) => [m.title, m.progress, m.overdue])).toEqual([["完成设计", 40, true], ["开工建设", 0, false]]);
    expect(project?.inspections).toHaveLength(1);
    expect((await projectsView(w.roadsUnit, planId, LATER)).map((p) => p.id)).toEqual([c[0]]); // a unit sees its own
    expect(await projectsView(w.schoolsUnit, planId, LATER)).toEqual([]);
  }, 120_000);

  it("starts the evaluation only when every chosen project has a unit; then deputies rate once each", async () => {
    const { w, planId, c } = await supervisedWorld();
    expect(await refusal(stepPlan(w.staff, planId, "startEvaluation", ctx, LATER))).toBe("livelihood.errors.unitsMissing");
    await assignUnit(w.staff, c[1], w.units.schools.id, ctx, LATER);
    expect(await refusal(rateProject(w.deputies[0]!, c[0], "SATISFIED", ctx, LATER))).toBe("livelihood.errors.notNow");
    await stepPlan(w.staff, planId, "startEvaluation", ctx, LATER);
    await rateProject(w.deputies[0]!, c[0], "SATISFIED", ctx, LATER);
    await rateProject(w.deputies[1]!, c[0], "BASICALLY_SATISFIED", ctx, LATER);
    await rateProject(w.deputies[2]!, c[0], "DISSATISFIED", ctx, LATER);
    expect(await refusal(rateProject(w.deputies[0]!, c[0], "DISSATISFIED", ctx, LATER))).toBe("livelihood.rate.errors.twice");
    expect(await refusal(rateProject(w.deputies[1]!, c[1], "GREAT", ctx, LATER))).toBe("livelihood.rate.errors.rating");
    // the database itself: a second row for the same deputy and project violates the primary key
    await expect(db().livelihoodRating.create({ data: { candidateId: c[0]!, deputyId: w.deputies[0]!.deputyId!, rating: "SATISFIED" } })).rejects.toThrow();
    const [project] = (await projectsView(w.deputies[0]!, planId, LATER)).filter((p) => p.id === c[0]);
    expect(project?.ratings).toMatchObject({ SATISFIED: 1, BASICALLY_SATISFIED: 1, DISSATISFIED: 1, total: 3 });
    expect(project?.myRating).toBe("SATISFIED");
  }, 120_000);
});

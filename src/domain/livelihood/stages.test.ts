import { describe, expect, it } from "vitest";
import { ROLES } from "../roles";
import { LIVELIHOOD_ERRORS as E } from "./errors";
import { ACTIVITIES, LIVELIHOOD_STAGES, PLAN_STEPS, PLAN_TABLE, activityRefusal, isCompetitive, nextStep, planStep, type TPlanFacts } from "./stages";

const facts = (over: Partial<TPlanFacts> = {}): TPlanFacts => ({
  now: new Date("2026-03-01T00:00:00Z"),
  collectClosesAt: new Date("2026-02-01T00:00:00Z"),
  seats: 3,
  candidates: 6,
  shortlisted: 5,
  chosenWithoutUnit: 0,
  ...over,
});

describe("the plan's stage table", () => {
  it("walks 征集 → 初定 → 审议 → 票决 → 监督 → 评估 → 归档, one step at a time, skipping none", () => {
    let stage: (typeof LIVELIHOOD_STAGES)[number] = "COLLECTION";
    const visited: string[] = [stage];
    for (let step = nextStep(stage); step; step = nextStep(stage)) {
      const r = planStep(stage, step, "STAFF", facts());
      if (!r.ok) throw new Error(r.error);
      stage = r.to;
      visited.push(stage);
    }
    expect(visited).toEqual([...LIVELIHOOD_STAGES]);
  });

  it("refuses every step from any stage but its own", () => {
    for (const step of PLAN_STEPS) {
      for (const stage of LIVELIHOOD_STAGES.filter((s) => s !== PLAN_TABLE[step].from)) {
        expect(planStep(stage, step, "STAFF", facts())).toEqual({ ok: false, error: E.notNow });
      }
    }
  });

  it("lets staff alone move a plan", () => {
    for (const role of ROLES.filter((r) => r !== "STAFF")) {
      for (const step of PLAN_STEPS) expect(planStep(PLAN_TABLE[step].from, step, role, facts())).toEqual({ ok: false, error: E.notAllowed });
    }
  });

  it("keeps the public form's window: collection cannot close before the window ends, nor with no candidate", () => {
    expect(planStep("COLLECTION", "closeCollection", "STAFF", facts({ now: new Date("2026-01-31T00:00:00Z") }))).toEqual({ ok: false, error: E.collectionNotOver });
    expect(planStep("COLLECTION", "closeCollection", "STAFF", facts({ candidates: 0 }))).toEqual({ ok: false, error: E.noCandidates });
  });

  it("opens a ballot only when it is competitive (more candidates than projects to choose)", () => {
    expect(isCompetitive(4, 3)).toBe(true);
    expect(isCompetitive(3, 3)).toBe(false);
    expect(isCompetitive(5, 0)).toBe(false);
    expect(planStep("DELIBERATION", "openBallot", "STAFF", facts({ shortlisted: 3 }))).toEqual({ ok: false, error: E.notCompetitive });
    expect(planStep("SHORTLIST", "startDeliberation", "STAFF", facts({ shortlisted: 2 }))).toEqual({ ok: false, error: E.notCompetitive });
    expect(planStep("DELIBERATION", "openBallot", "STAFF", facts({ shortlisted: 4 }))).toEqual({ ok: true, to: "VOTING" });
  });

  it("starts the evaluation only when every chosen project has a responsible unit", () => {
    expect(planStep("SUPERVISION", "startEvaluation", "STAFF", facts({ chosenWithoutUnit: 1 }))).toEqual({ ok: false, error: E.unitsMissing });
  });
});

describe("what may be done inside a stage", () => {
  it("takes public proposals only while collecting, votes only while voting, ratings only while evaluating", () => {
    expect(activityRefusal("COLLECTION", "proposePublic", null)).toBeNull();
    expect(activityRefusal("SHORTLIST", "proposePublic", null)).toBe(E.notNow);
    expect(activityRefusal("VOTING", "vote", "DEPUTY")).toBeNull();
    expect(activityRefusal("SUPERVISION", "vote", "DEPUTY")).toBe(E.notNow);
    expect(activityRefusal("VOTING", "vote", "STAFF")).toBe(E.notAllowed);
    expect(activityRefusal("EVALUATION", "rate", "DEPUTY")).toBeNull();
    expect(activityRefusal("SUPERVISION", "reportProgress", "UNIT")).toBeNull();
    expect(activityRefusal("SUPERVISION", "reportProgress", "DEPUTY")).toBe(E.notAllowed);
  });

  it("names only known stages and roles", () => {
    for (const rule of Object.values(ACTIVITIES)) {
      for (const s of rule.stages) expect(LIVELIHOOD_STAGES).toContain(s);
      for (const r of rule.roles) if (r !== null) expect(ROLES).toContain(r);
    }
  });
});

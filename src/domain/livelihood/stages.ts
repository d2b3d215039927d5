import type { TRole } from "../roles";
import { LIVELIHOOD_ERRORS as E, type TLivelihoodError } from "./errors";

/**
 * A year's livelihood projects (民生实事项目票决制): 征集 → 初定 → 审议 → 票决 → 监督 → 评估, then
 * archived. One typed table says which step leads where, who may take it and what must hold first;
 * a second says what may be done inside each stage. src/server asks `planStep` and `assertActivity`.
 */
export const LIVELIHOOD_STAGES = ["COLLECTION", "SHORTLIST", "DELIBERATION", "VOTING", "SUPERVISION", "EVALUATION", "ARCHIVED"] as const;
export type TLivelihoodStage = (typeof LIVELIHOOD_STAGES)[number];

export const PLAN_STEPS = ["closeCollection", "startDeliberation", "openBallot", "closeBallot", "startEvaluation", "archive"] as const;
export type TPlanStep = (typeof PLAN_STEPS)[number];

/** What the guards look at: the plan and its candidates as they are now. */
export type TPlanFacts = {
  now: Date;
  collectClosesAt: Date;
  seats: number;
  candidates: number;
  shortlisted: number;
  /** chosen projects without a responsible unit */
  chosenWithoutUnit: number;
};

type TGuard = (f: TPlanFacts) => TLivelihoodError | null;
type TStepRule = { from: TLivelihoodStage; to: TLivelihoodStage; roles: readonly TRole[]; guards: readonly TGuard[] };

/** 差额: the ballot must offer more candidates than projects to choose. */
export const isCompetitive = (shortlisted: number, seats: number): boolean => seats >= 1 && shortlisted > seats;

const competitive: TGuard = (f) => (isCompetitive(f.shortlisted, f.seats) ? null : E.notCompetitive);

export const PLAN_TABLE: Readonly<Record<TPlanStep, TStepRule>> = {
  closeCollection: {
    from: "COLLECTION",
    to: "SHORTLIST",
    roles: ["STAFF"],
    guards: [(f) => (f.now < f.collectClosesAt ? E.collectionNotOver : null), (f) => (f.candidates === 0 ? E.noCandidates : null)],
  },
  startDeliberation: { from: "SHORTLIST", to: "DELIBERATION", roles: ["STAFF"], guards: [competitive] },
  openBallot: { from: "DELIBERATION", to: "VOTING", roles: ["STAFF"], guards: [competitive] },
  closeBallot: { from: "VOTING", to: "SUPERVISION", roles: ["STAFF"], guards: [] },
  startEvaluation: { from: "SUPERVISION", to: "EVALUATION", roles: ["STAFF"], guards: [(f) => (f.chosenWithoutUnit > 0 ? E.unitsMissing : null)] },
  archive: { from: "EVALUATION", to: "ARCHIVED", roles: ["STAFF"], guards: [] },
};

export type TStepResult = { ok: true; to: TLivelihoodStage } | { ok: false; error: TLivelihoodError };

/** The one function that moves a plan: stage, role, then every guard of the step. */
export function planStep(stage: TLivelihoodStage, step: TPlanStep, role: TRole, facts: TPlanFacts): TStepResult {
  const rule = PLAN_TABLE[step];
  if (!rule.roles.includes(role)) return { ok: false, error: E.notAllowed };
  if (rule.from !== stage) return { ok: false, error: E.notNow };
  for (const guard of rule.guards) {
    const error = guard(facts);
    if (error) return { ok: false, error };
  }
  return { ok: true, to: rule.to };
}

/** The next step a plan in this stage may take (each stage has exactly one way forward). */
export function nextStep(stage: TLivelihoodStage): TPlanStep | null {
  return PLAN_STEPS.find((s) => PLAN_TABLE[s].from === stage) ?? null;
}

/** Work done inside a stage, by whom (null: the public, without an account). */
export const ACTIVITIES = {
  proposePublic: { stages: ["COLLECTION"], roles: [null] },
  proposeDeputy: { stages: ["COLLECTION"], roles: ["DEPUTY"] },
  proposeGovernment: { stages: ["COLLECTION", "SHORTLIST"], roles: ["STAFF"] },
  shortlist: { stages: ["SHORTLIST"], roles: ["STAFF"] },
  deliberationNote: { stages: ["DELIBERATION"], roles: ["STAFF"] },
  assignUnit: { stages: ["SHORTLIST", "DELIBERATION", "SUPERVISION"], roles: ["STAFF"] },
  vote: { stages: ["VOTING"], roles: ["DEPUTY"] },
  addMilestone: { stages: ["SUPERVISION"], roles: ["STAFF"] },
  reportProgress: { stages: ["SUPERVISION"], roles: ["UNIT"] },
  inspect: { stages: ["SUPERVISION"], roles: ["DEPUTY"] },
  rate: { stages: ["EVALUATION"], roles: ["DEPUTY"] },
} as const satisfies Record<string, { stages: readonly TLivelihoodStage[]; roles: readonly (TRole | null)[] }>;
export type TActivity = keyof typeof ACTIVITIES;

/** null when the activity is open in this stage to this role (null role: the public, no account). */
export function activityRefusal(stage: TLivelihoodStage, activity: TActivity, role: TRole | null): TLivelihoodError | null {
  const rule = ACTIVITIES[activity];
  if (!(rule.roles as readonly (TRole | null)[]).includes(role)) return E.notAllowed;
  if (!(rule.stages as readonly TLivelihoodStage[]).includes(stage)) return E.notNow;
  return null;
}

export function isLivelihoodStage(value: unknown): value is TLivelihoodStage {
  return typeof value === "string" && (LIVELIHOOD_STAGES as readonly string[]).includes(value);
}

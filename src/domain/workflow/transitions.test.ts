import { describe, expect, it } from "vitest";
import { ROLES } from "../roles";
import { ACTION_INPUTS, ACTIONS } from "./actions";
import { WORKFLOW_ERRORS } from "./errors";
import { DEFAULT_WORKFLOW_CONFIG } from "./facts";
import { actionsSeen, freshItem, T0 } from "./fixtures";
import { GUARDS, RELATION_ROLE, RELATIONS } from "./relations";
import { isPhaseStepAllowed, PHASE_OF, PHASES, STAGES, TERMINAL_STAGES, type TStage } from "./stages";
import { possibleTargets, TRANSITIONS } from "./transitions";

const rules = ACTIONS.map((action) => ({ action, rule: TRANSITIONS[action] }));

/** Stage → stages one action away (ignoring who and guards). */
function moves(from: TStage): TStage[] {
  return rules.flatMap(({ rule }) => (rule.from.includes(from) ? possibleTargets(rule, from) : []));
}
function reachableFrom(start: TStage): Set<TStage> {
  const seen = new Set<TStage>([start]);
  const queue = [start];
  for (let s = queue.shift(); s !== undefined; s = queue.shift())
    for (const t of moves(s)) {
      if (!seen.has(t)) queue.push(t);
      seen.add(t);
    }
  return seen;
}

describe("the transition table", () => {
  it("has one rule for every action, naming only known stages", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...ACTIONS].sort());
    for (const { rule } of rules) {
      expect(rule.from.length).toBeGreaterThan(0);
      for (const s of rule.from) expect(STAGES).toContain(s);
      for (const s of rule.from) for (const t of possibleTargets(rule, s)) expect(STAGES).toContain(t);
    }
  });

  it("reaches every stage from SUBMITTED, and every action's from-stage", () => {
    const reachable = reachableFrom("SUBMITTED");
    expect([...reachable].sort()).toEqual([...STAGES].sort());
    for (const { action, rule } of rules) expect(rule.from.some((s) => reachable.has(s)), action).toBe(true);
  });

  it("lets every action actually succeed for someone on some path from a fresh item", () => {
    const seen = new Set([...actionsSeen({ item: freshItem(), now: T0 }, 12), ...actionsSeen({ item: freshItem("public"), now: T0 }, 12)]);
    expect(ACTIONS.filter((a) => !seen.has(a))).toEqual([]);
  });

  it("gives every non-terminal stage an exit and terminal stages none", () => {
    for (const stage of STAGES) {
      const exits = moves(stage).filter((t) => t !== stage);
      if (TERMINAL_STAGES.includes(stage)) {
        expect(rules.filter(({ rule }) => rule.from.includes(stage)), stage).toEqual([]);
      } else if (stage === "CLOSED") {
        expect(exits, "CLOSED only has follow-up actions").toEqual([]);
      } else {
        expect(exits.length, stage).toBeGreaterThan(0);
      }
    }
  });

  it("can close every non-terminal stage, following the table", () => {
    for (const stage of STAGES.filter((s) => !TERMINAL_STAGES.includes(s))) expect(reachableFrom(stage).has("CLOSED"), stage).toBe(true);
  });

  it("never advances more than one phase in one move, and uses every phase", () => {
    for (const { action, rule } of rules)
      for (const from of rule.from)
        for (const to of possibleTargets(rule, from)) expect(isPhaseStepAllowed(from, to), `${action}: ${from} → ${to}`).toBe(true);
    expect(new Set(Object.values(PHASE_OF)).size).toBe(PHASES.length);
    expect(isPhaseStepAllowed("SUBMITTED", "HANDLING")).toBe(false);
    expect(isPhaseStepAllowed("REPLIED", "HANDLING")).toBe(true);
  });

  it("gives each role its one relation, and no action to administrators, auditors or station managers", () => {
    for (const { action, rule } of rules) {
      const entries = Object.entries(rule.by);
      expect(entries.length, action).toBeGreaterThan(0);
      for (const [role, relation] of entries) {
        expect(ROLES).toContain(role);
        expect(RELATIONS).toContain(relation);
        expect(RELATION_ROLE[relation], `${action}: ${role} as ${relation}`).toBe(role);
      }
      for (const role of ["ADMIN", "AUDITOR", "STATION_MANAGER"] as const) expect(rule.by[role], action).toBeUndefined();
    }
  });

  it("keeps key supervision for leaders, and the reply for the lead unit alone", () => {
    expect(TRANSITIONS.keySupervise.by).toEqual({ LEADER: "committeeLeader" });
    expect(TRANSITIONS.draftReply.by).toEqual({ UNIT: "leadUnit" });
    expect(TRANSITIONS.coUnitOpinion.by).toEqual({ UNIT: "coUnit" });
    expect(TRANSITIONS.evaluate.by.DEPUTY).toBe("leadSponsor");
  });

  it("answers only with catalog keys", () => {
    for (const key of Object.values(WORKFLOW_ERRORS)) expect(key).toMatch(/^workflow\.errors\.[a-zA-Z]+$/);
    for (const guard of Object.values(GUARDS)) expect(Object.values(WORKFLOW_ERRORS)).toContain(guard.error);
  });

  it("refuses unknown fields in every action's input", () => {
    for (const action of ACTIONS) {
      const schema = ACTION_INPUTS[action](DEFAULT_WORKFLOW_CONFIG);
      expect(schema.safeParse({ injected: "x" }).success, action).toBe(false);
    }
  });

  it("reviews only classes that exist, by default B and C", () => {
    const { followUpClasses, resultClasses } = DEFAULT_WORKFLOW_CONFIG;
    expect(resultClasses).toEqual(["A", "B", "C", "D"]);
    for (const c of followUpClasses) expect(resultClasses).toContain(c);
    expect(followUpClasses).toEqual(["B", "C"]);
  });
});

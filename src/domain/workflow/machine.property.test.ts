import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIONS, type TAction } from "./actions";
import { WORKFLOW_ERRORS as E } from "./errors";
import type { TItemFacts } from "./facts";
import { addDays, CAST, CAST_NAMES, freshItem, IDS, movesTo, stateKey, T0, type TCastName, TEST_CLOCK, VALID_INPUT } from "./fixtures";
import { applyTransition, availableActions, factsAfter } from "./machine";
import { GUARDS } from "./relations";
import { isPhaseStepAllowed, isStage, PHASES, phaseIndex, SATISFACTIONS, TERMINAL_STAGES, type TStage } from "./stages";

/** Errors that mean "not you / not now", as opposed to "not with this input". */
const REFUSALS: readonly string[] = [E.forbidden, E.notAllowedNow, ...Object.values(GUARDS).map((g) => g.error)];

/** Knobs that turn an action's valid input into a random, sometimes invalid, variant. */
const ZKnobs = fc.record({
  satisfaction: fc.constantFrom<string>(...SATISFACTIONS, "MEH"),
  resultClass: fc.constantFrom("A", "B", "C", "D", "E"),
  unit: fc.constantFrom<string>(IDS.leadUnit, IDS.coUnit, IDS.otherUnit, "not-a-uuid"),
  days: fc.integer({ min: -2, max: 120 }),
  blank: fc.boolean(),
});
const ZJunk = fc.dictionary(
  fc.constantFrom("reason", "note", "stage", "round", "days", "leadUnitId", "satisfaction", "text"),
  fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)),
);
const ZStep = fc.record({
  actor: fc.constantFrom(...CAST_NAMES),
  action: fc.constantFrom(...ACTIONS),
  /** someone the table allows acts (progress), or the random actor tries the random action (probing) */
  guided: fc.boolean(),
  pick: fc.noBias(fc.nat(9999)),
  input: fc.oneof({ arbitrary: ZKnobs, weight: 4 }, { arbitrary: ZJunk, weight: 1 }),
  after: fc.constantFrom(0, 0, 1, 3, 10, 40),
});

const ZKind = fc.constantFrom<"suggestion" | "public">("suggestion", "public");
const ZSteps = fc.array(ZStep, { minLength: 1, maxLength: 80, size: "max" });

/** A guided step picks among everything anyone in the cast is offered; declining and merging only rarely, or most walks would end at once. */
function chooseMove(item: TItemFacts, now: Date, step: { actor: TCastName; action: TAction; guided: boolean; pick: number }) {
  if (!step.guided) return { by: step.actor, action: step.action };
  const offers = CAST_NAMES.flatMap((by) => availableActions(item, CAST[by], now).map((action) => ({ by, action })));
  const calm = step.pick % 20 === 0 ? offers : offers.filter((o) => o.action !== "decline" && o.action !== "merge");
  return calm[step.pick % Math.max(calm.length, 1)] ?? { by: step.actor, action: step.action };
}

type TKnobs = { satisfaction: string; resultClass: string; unit: string; days: number; blank: boolean };
function inputFor(action: TAction, k: TKnobs | Record<string, unknown>): unknown {
  if (!("blank" in k)) return k;
  const base = { ...(VALID_INPUT[action] as Record<string, unknown>) };
  if (k.blank && "reason" in base) base.reason = " ";
  if (action === "evaluate") return { satisfaction: k.satisfaction, ...(k.blank ? {} : { reason: "未解决" }) };
  if (action === "draftReply") return { ...base, resultClass: k.resultClass };
  if (action === "assign") return { leadUnitId: k.unit, coUnitIds: k.blank ? [] : [IDS.coUnit] };
  if (action === "requestExtension" || (action === "approveExtension" && !k.blank)) return { ...base, days: k.days };
  return base;
}

const verdicts = new Map<string, boolean>();
function closable(node: { item: TItemFacts; now: Date }): boolean {
  const key = stateKey(node);
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    const terminal = TERMINAL_STAGES.includes(node.item.stage);
    verdict = terminal || movesTo(node, (f) => f.stage === "CLOSED" && f.followUp !== "PENDING", 10) !== null;
    verdicts.set(key, verdict);
  }
  return verdict;
}

/** Did the accepted transitions start a new round exactly when the item was re-handled? */
const rehandled = (action: TAction, input: unknown) =>
  action === "rehandle" || (action === "evaluate" && (input as { satisfaction?: unknown }).satisfaction === "DISSATISFIED");

describe("random actions by random people (fast-check)", () => {
  it("keep every item inside the table, skip no step, count rounds only on re-handling, and leave it closable", { timeout: 60_000 }, () => {
    const reached = new Map<string, number>();
    const count = (what: string) => reached.set(what, (reached.get(what) ?? 0) + 1);
    fc.assert(
      fc.property(ZKind, ZSteps, (kind, steps) => {
        let item: TItemFacts = freshItem(kind);
        let now = T0;
        const phases: number[] = [phaseIndex(item.stage)];
        const stages: TStage[] = [item.stage];
        const states: { item: TItemFacts; now: Date }[] = [{ item, now }];
        for (const step of steps) {
          now = addDays(now, step.after);
          const { by, action } = chooseMove(item, now, step);
          const actor = CAST[by];
          const offered = availableActions(item, actor, now);
          const input = inputFor(action, step.input);
          const result = applyTransition(item, action, input, actor, now);

          // the UI's offer and the enforcement agree: offered ⇒ only the input can fail; not offered ⇒ refused
          if (offered.includes(action)) {
            if (!result.ok) expect(REFUSALS).not.toContain(result.error);
          } else {
            expect(result.ok ? "accepted" : REFUSALS.includes(result.error), `${by} ${action} in ${item.stage}`).toBe(true);
          }
          if (!result.ok) continue;
          const { from, to } = result.history;
          expect(isStage(to)).toBe(true);
          expect(from).toBe(item.stage);
          expect(to).toBe(result.next.stage);
          expect(TERMINAL_STAGES).not.toContain(from);
          expect(isPhaseStepAllowed(from, to), `${action}: ${from} → ${to}`).toBe(true);
          expect(result.next.round).toBe(item.round + (rehandled(action, input) ? 1 : 0));

          item = factsAfter(item, result, now, TEST_CLOCK);
          count(to);
          if (item.round > 1) count("round>1");
          if (item.followUp === "RESOLVED") count("followUpResolved");
          phases.push(phaseIndex(to));
          stages.push(to);
          states.push({ item, now });
        }

        // No step skipped: `phases` lists the phase of the fresh item and of each accepted transition's
        // target; the first time any phase is entered, the phase before it has already been visited.
        for (let p = 1; p < PHASES.length; p++) {
          const first = phases.indexOf(p);
          if (first >= 0) expect(phases.slice(0, first), `entered ${PHASES[p]} from ${phases.slice(0, first)}`).toContain(p - 1);
        }
        // …so a closed item went through assignment, handling, the approved draft and the delivered reply, in order.
        if (stages.includes("CLOSED")) {
          const firsts = ["ASSIGNED", "HANDLING", "REPLY_DRAFTED", "REPLY_APPROVED", "REPLIED", "CLOSED"].map((s) => stages.indexOf(s as TStage));
          expect(firsts.every((i, n) => i >= 0 && (n === 0 || i > (firsts[n - 1] ?? -1))), stages.join(" → ")).toBe(true);
        }

        // From every state reached, allowed moves still end the item: closed with any follow-up
        // resolved, or declined/merged (bounded search; verdicts shared by indistinguishable states).
        for (const state of states) expect(closable(state), `stuck in ${state.item.stage}`).toBe(true);
      }),
      // A fixed seed (change it locally to explore): the coverage check below needs walks that
      // reach every ending, which 300 random walks miss now and then (DECLINED, about 1 run in 5).
      { numRuns: 300, seed: 20_261_128 },
    );
    // the walks really went round the loop (else the properties above would hold vacuously)
    for (const what of ["CLOSED", "DECLINED", "MERGED", "RETURN_REQUESTED", "round>1", "followUpResolved"])
      expect(reached.get(what) ?? 0, what).toBeGreaterThan(0);
  });

  it("notices an item nobody can move on (the search is able to fail)", () => {
    const orphan: TItemFacts = { ...freshItem(), stage: "HANDLING", leadUnitId: null };
    expect(movesTo({ item: orphan, now: T0 }, (f) => f.stage === "CLOSED", 10)).toBeNull();
    expect(movesTo({ item: freshItem(), now: T0 }, (f) => f.stage === "CLOSED", 10)).toEqual([
      "accept",
      "assign",
      "signFor",
      "draftReply",
      "approveReply",
      "deliverReply",
      "evaluate",
    ]);
  });
});

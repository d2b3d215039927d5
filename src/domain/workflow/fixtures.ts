/**
 * Test fixtures for the workflow rules (used by the *.test.ts files beside this one only): a small
 * cast of actors, one valid input per action, a simple clock, and a bounded search over the table.
 */
import type { TAction, TActionRawInput } from "./actions";
import { newItemFacts, type TActorFacts, type TItemFacts, type TWorkflowConfig, DEFAULT_WORKFLOW_CONFIG } from "./facts";
import { applyTransition, availableActions, factsAfter, stateOf, type TClock, type THistoryEntry } from "./machine";
import { GUARDS } from "./relations";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
export const IDS = {
  item: id(1),
  otherItem: id(2),
  committee: id(10),
  otherCommittee: id(11),
  leadUnit: id(20),
  coUnit: id(21),
  otherUnit: id(22),
} as const;

const actor = (n: number, role: TActorFacts["role"], extra: Partial<TActorFacts> = {}): TActorFacts => ({
  id: id(100 + n),
  role,
  committeeId: null,
  unitId: null,
  ...extra,
});
export const CAST = {
  staff: actor(1, "STAFF", { committeeId: IDS.committee }),
  otherStaff: actor(2, "STAFF", { committeeId: IDS.otherCommittee }),
  leader: actor(3, "LEADER", { committeeId: IDS.committee }),
  otherLeader: actor(4, "LEADER", { committeeId: IDS.otherCommittee }),
  leadUnit: actor(5, "UNIT", { unitId: IDS.leadUnit }),
  coUnit: actor(6, "UNIT", { unitId: IDS.coUnit }),
  otherUnit: actor(7, "UNIT", { unitId: IDS.otherUnit }),
  leadSponsor: actor(8, "DEPUTY"),
  coSponsor: actor(9, "DEPUTY"),
  otherDeputy: actor(10, "DEPUTY"),
  admin: actor(11, "ADMIN"),
  auditor: actor(12, "AUDITOR"),
  stationManager: actor(13, "STATION_MANAGER", { committeeId: IDS.committee }),
} as const satisfies Record<string, TActorFacts>;
export type TCastName = keyof typeof CAST;
export const CAST_NAMES = Object.keys(CAST) as TCastName[];

/** A deputy's suggestion (lead sponsor and one co-sponsor) or a public opinion (no accounts). */
export function freshItem(kind: "suggestion" | "public" = "suggestion"): TItemFacts {
  const sponsors =
    kind === "suggestion"
      ? [
          { userId: CAST.leadSponsor.id, lead: true },
          { userId: CAST.coSponsor.id, lead: false },
        ]
      : [];
  return newItemFacts({ id: IDS.item, committeeId: IDS.committee, sponsors });
}

export const VALID_INPUT: { readonly [A in TAction]: TActionRawInput<A> } = {
  accept: {},
  decline: { reason: "不属于人大代表建议范围" },
  merge: { targetItemId: IDS.otherItem },
  assign: { leadUnitId: IDS.leadUnit, coUnitIds: [IDS.coUnit] },
  requestReturn: { reason: "不属于本单位职责" },
  approveReturn: {},
  rejectReturn: { reason: "属于本单位职责" },
  signFor: {},
  progressNote: { note: "已召开协调会" },
  coUnitOpinion: { opinion: "同意主办单位意见" },
  requestExtension: { reason: "需跨年度资金安排", days: 30 },
  approveExtension: {},
  rejectExtension: { reason: "理由不充分" },
  draftReply: { resultClass: "A", text: "已解决。" },
  approveReply: {},
  sendBack: { reason: "答复过于简单" },
  remind: {},
  keySupervise: {},
  deliverReply: {},
  acknowledge: {},
  evaluate: { satisfaction: "SATISFIED" },
  rehandle: { reason: "代表电话反映未落实" },
  close: { reason: "逾期未评价" },
  followUpNote: { note: "项目已开工" },
  resolveFollowUp: { note: "已实际解决" },
};

const DAY = 86_400_000;
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
/** Calendar days stand in for the working-day calendar here. */
export const TEST_CLOCK: TClock = {
  deadlineFrom: (rule, now) => addDays(now, rule === "START_REPLY" ? 90 : rule === "START_REPLY_COMPLEX" ? 180 : 30),
  extend: (deadline, days, now) => addDays(deadline ?? now, days),
  returnWindowEnd: (now) => addDays(now, 9),
  evaluationWindowEnd: (now) => addDays(now, 30),
};
export const T0 = new Date("2026-03-02T01:00:00Z");

export type TStep = { action: TAction; by: TCastName; input?: unknown; after?: number };

/** Runs steps (each `after` days after the previous); throws on the first refusal. */
export function play(item: TItemFacts, steps: readonly TStep[], start = T0, config = DEFAULT_WORKFLOW_CONFIG) {
  let now = start;
  let facts = item;
  const history: THistoryEntry[] = [];
  for (const step of steps) {
    now = addDays(now, step.after ?? 0);
    const result = applyTransition(facts, step.action, step.input ?? VALID_INPUT[step.action], CAST[step.by], now, config);
    if (!result.ok) throw new Error(`${step.action} by ${step.by} in ${facts.stage}: ${result.error}`);
    history.push(result.history);
    facts = factsAfter(facts, result, now, TEST_CLOCK);
  }
  return { item: facts, history, now };
}

/** The inputs the search tries: the valid one, plus both outcomes where the input decides. */
function searchInputs(action: TAction): readonly unknown[] {
  if (action === "evaluate") return [{ satisfaction: "SATISFIED" }, { satisfaction: "DISSATISFIED", reason: "未解决" }];
  if (action === "draftReply") return [VALID_INPUT.draftReply, { resultClass: "B", text: "列入明年计划。" }];
  return [VALID_INPUT[action]];
}

type TNode = { item: TItemFacts; now: Date };
/** The states one move away: any cast member's allowed action, or waiting a year (windows lapse). */
export function successors(node: TNode, config: TWorkflowConfig = DEFAULT_WORKFLOW_CONFIG): { node: TNode; action: TAction | "wait" }[] {
  const out: { node: TNode; action: TAction | "wait" }[] = [{ node: { item: node.item, now: addDays(node.now, 365) }, action: "wait" }];
  for (const name of CAST_NAMES) {
    for (const action of availableActions(node.item, CAST[name], node.now, config)) {
      for (const input of searchInputs(action)) {
        const result = applyTransition(node.item, action, input, CAST[name], node.now, config);
        if (result.ok) out.push({ node: { item: factsAfter(node.item, result, node.now, TEST_CLOCK), now: node.now }, action });
      }
    }
  }
  return out;
}

/**
 * States that no rule can tell apart share a key: the guards read the dates only as "return window
 * open" and "evaluation window lapsed", and every date a rule sets is relative to the moment.
 */
export const stateKey = ({ item, now }: TNode) =>
  JSON.stringify([stateOf(item), GUARDS.withinReturnWindow.holds(item, now), GUARDS.evaluationWindowLapsed.holds(item, now)]);

/** Breadth-first over allowed moves: the fewest moves to a state meeting `goal`, or null within `maxDepth`. */
export function movesTo(start: TNode, goal: (item: TItemFacts) => boolean, maxDepth: number): (TAction | "wait")[] | null {
  let frontier: { node: TNode; path: (TAction | "wait")[] }[] = [{ node: start, path: [] }];
  const seen = new Set([stateKey(start)]);
  for (let depth = 0; depth <= maxDepth; depth++) {
    for (const { node, path } of frontier) if (goal(node.item)) return path;
    const next: typeof frontier = [];
    for (const { node, path } of frontier) {
      for (const s of successors(node)) {
        const key = stateKey(s.node);
        if (!seen.has(key)) {
          seen.add(key);
          next.push({ node: s.node, path: [...path, s.action] });
        }
      }
    }
    frontier = next;
  }
  return null;
}

/** Every action that succeeds somewhere within `maxDepth` moves of `start`. */
export function actionsSeen(start: TNode, maxDepth: number): Set<TAction> {
  const seenActions = new Set<TAction>();
  let frontier = [start];
  const seen = new Set([stateKey(start)]);
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const next: TNode[] = [];
    for (const node of frontier) {
      for (const s of successors(node)) {
        if (s.action !== "wait") seenActions.add(s.action);
        const key = stateKey(s.node);
        if (!seen.has(key)) {
          seen.add(key);
          next.push(s.node);
        }
      }
    }
    frontier = next;
  }
  return seenActions;
}

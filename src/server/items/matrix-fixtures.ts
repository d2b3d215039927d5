/**
 * Fixtures for authorization-matrix.integration.test.ts: the cast (every role, and for each relation
 * the person who holds it and the one who only looks like them), the stages an item is brought to,
 * and the oracle that reads the expected outcome of each cell off the TRANSITIONS table.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import type { TRole } from "@/domain/roles";
import { ACTIONS, type TAction } from "@/domain/workflow/actions";
import { WORKFLOW_ERRORS as E, type TWorkflowError } from "@/domain/workflow/errors";
import type { TItemFacts } from "@/domain/workflow/facts";
import { VALID_INPUT } from "@/domain/workflow/fixtures";
import { GUARDS, type TRelation } from "@/domain/workflow/relations";
import type { TStage } from "@/domain/workflow/stages";
import { TRANSITIONS, type TTransitionRule } from "@/domain/workflow/transitions";
import type { TSessionUser } from "../session";
import { newKey, seedLoopWorld, suggestionInput } from "../../../tests/factories/items";
import { seedUser, testContext } from "../../../tests/factories/users";
import { submitItem, transitionItem } from "./commands";

export const T0 = new Date("2026-03-02T02:00:00Z"); // a Monday, 10:00 in Shanghai
const DAY = 86_400_000;

export const CAST_NAMES = [
  "staff", "leader", "leadUnit", "coUnit", "otherUnit", "foreignUnit", "leadSponsor", "coSponsor", "otherDeputy",
  "otherStaff", "otherLeader", "admin", "auditor", "stationManager",
] as const;
export type TCastName = (typeof CAST_NAMES)[number];

async function plainActor(prisma: PrismaClient, role: TRole, committeeId: string | null): Promise<TSessionUser> {
  const u = await seedUser(prisma, { role });
  await prisma.user.update({ where: { id: u.id }, data: { committeeId } });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, committeeId, unitId: null, deputyId: null };
}

/** Committee A (where every item lives) with its cast, committee B with its own, and the roles without items. */
export async function seedMatrixWorld(prisma: PrismaClient) {
  const a = await seedLoopWorld(prisma);
  const b = await seedLoopWorld(prisma);
  const cast: Record<TCastName, TSessionUser> = {
    staff: a.cast.staff,
    leader: a.cast.leader,
    leadUnit: a.cast.leadUnit,
    coUnit: a.cast.coUnit,
    otherUnit: a.cast.otherUnit, // a unit of the same committee, never assigned
    foreignUnit: b.cast.leadUnit, // a unit of another committee
    leadSponsor: a.cast.deputy,
    coSponsor: a.cast.coDeputy,
    otherDeputy: a.cast.otherDeputy, // a deputy of the same committee who sponsored nothing
    otherStaff: b.cast.staff,
    otherLeader: b.cast.leader,
    admin: await plainActor(prisma, "ADMIN", null),
    auditor: await plainActor(prisma, "AUDITOR", null),
    // carries committee A's id: a role that may not act must not be let in by a matching committee
    stationManager: await plainActor(prisma, "STATION_MANAGER", a.committee.id),
  };
  // an item of committee B (for forged ids), and a merge target in committee A
  const foreignItem = await submitItem(b.cast.deputy, suggestionInput(), testContext(), T0);
  const mergeTarget = await submitItem(a.cast.staff, { ...suggestionInput(), source: "ON_BEHALF", submitterName: "赵群众" }, testContext(), T0);
  return { a, b, cast, foreignItemId: foreignItem.id, mergeTargetId: mergeTarget.id };
}
export type TMatrixWorld = Awaited<ReturnType<typeof seedMatrixWorld>>;

/** Each action's valid input (fixtures.ts), with this world's units and merge target. */
export function inputFor(w: TMatrixWorld, action: TAction): unknown {
  if (action === "assign") return { leadUnitId: w.a.units.lead.id, coUnitIds: [w.a.units.co.id] };
  if (action === "merge") return { targetItemId: w.mergeTargetId };
  if (action === "draftReply") return { resultClass: "B", text: "已列入明年计划。" };
  return VALID_INPUT[action];
}

/** Who takes each step when an item is brought to a stage (a table-allowed actor for it). */
const STEP_BY: Partial<Record<TAction, TCastName>> = {
  accept: "staff", decline: "staff", merge: "staff", assign: "staff", requestReturn: "leadUnit", signFor: "leadUnit",
  requestExtension: "leadUnit", keySupervise: "leader", draftReply: "leadUnit", approveReply: "staff", deliverReply: "staff",
};

export type TVariant = {
  name: string;
  stage: TStage;
  kind: "suggestion" | "public";
  steps: readonly TAction[];
  /** the cells run this many days after the item was built (windows lapse) */
  lateDays?: number;
};

const TO_HANDLING = ["accept", "assign", "signFor"] as const;
const TO_REPLIED = [...TO_HANDLING, "draftReply", "approveReply", "deliverReply"] as const;
/** Every stage, with the variants the guards and relations depend on (key supervision, extension, windows, public). */
export const VARIANTS: readonly TVariant[] = [
  { name: "SUBMITTED", stage: "SUBMITTED", kind: "suggestion", steps: [] },
  { name: "DECLINED", stage: "DECLINED", kind: "suggestion", steps: ["decline"] },
  { name: "MERGED", stage: "MERGED", kind: "suggestion", steps: ["merge"] },
  { name: "ACCEPTED", stage: "ACCEPTED", kind: "suggestion", steps: ["accept"] },
  { name: "ASSIGNED", stage: "ASSIGNED", kind: "suggestion", steps: ["accept", "assign"] },
  { name: "ASSIGNED·window lapsed", stage: "ASSIGNED", kind: "suggestion", steps: ["accept", "assign"], lateDays: 30 },
  { name: "RETURN_REQUESTED", stage: "RETURN_REQUESTED", kind: "suggestion", steps: ["accept", "assign", "requestReturn"] },
  { name: "HANDLING", stage: "HANDLING", kind: "suggestion", steps: TO_HANDLING },
  { name: "HANDLING·extension pending", stage: "HANDLING", kind: "suggestion", steps: [...TO_HANDLING, "requestExtension"] },
  { name: "HANDLING·key", stage: "HANDLING", kind: "suggestion", steps: [...TO_HANDLING, "keySupervise"] },
  { name: "REPLY_DRAFTED", stage: "REPLY_DRAFTED", kind: "suggestion", steps: [...TO_HANDLING, "draftReply"] },
  { name: "REPLY_DRAFTED·key", stage: "REPLY_DRAFTED", kind: "suggestion", steps: [...TO_HANDLING, "keySupervise", "draftReply"] },
  { name: "REPLY_APPROVED", stage: "REPLY_APPROVED", kind: "suggestion", steps: [...TO_HANDLING, "draftReply", "approveReply"] },
  { name: "REPLIED", stage: "REPLIED", kind: "suggestion", steps: TO_REPLIED },
  { name: "REPLIED·evaluation lapsed", stage: "REPLIED", kind: "suggestion", steps: TO_REPLIED, lateDays: 400 },
  { name: "REPLIED·public", stage: "REPLIED", kind: "public", steps: TO_REPLIED },
  { name: "CLOSED·follow-up", stage: "CLOSED", kind: "suggestion", steps: [...TO_REPLIED, "evaluate"] },
];

export const cellNow = (v: TVariant) => new Date(T0.getTime() + (v.lateDays ?? 0) * DAY);

/** A fresh item brought to the variant's stage through the commands themselves. */
export async function buildVariant(w: TMatrixWorld, v: TVariant): Promise<string> {
  const { id } =
    v.kind === "public"
      ? await submitItem(null, { source: "PUBLIC_OPINION", title: "小区门口积水", body: "下雨后积水严重。", committeeId: w.a.committee.id, submitterName: "钱女士", idempotencyKey: newKey() }, testContext(), T0)
      : await submitItem(w.cast.leadSponsor, suggestionInput({ coSponsorUserIds: [w.cast.coSponsor.id] }), testContext(), T0);
  for (const action of v.steps) {
    const by: TCastName = action === "evaluate" ? (v.kind === "public" ? "staff" : "leadSponsor") : (STEP_BY[action] ?? "staff");
    const input = action === "evaluate" ? { satisfaction: "SATISFIED" } : action === "decline" ? { reason: "不属于建议范围" } : inputFor(w, action);
    await transitionItem(w.cast[by], id, action, input, testContext(), T0);
  }
  return id;
}

/**
 * The oracle's own account of how each cast member stands to an item of the variant, written from
 * the cast's description (not from relationHolds): staff/leader of its committee, the units it was
 * assigned to, the deputies who sponsored it.
 */
export function relationsOf(name: TCastName, v: TVariant): ReadonlySet<TRelation> {
  const assigned = v.steps.includes("assign");
  const key = v.steps.includes("keySupervise");
  const suggestion = v.kind === "suggestion";
  const sets: Record<TCastName, (TRelation | false)[]> = {
    staff: ["committeeStaff", !suggestion && "proxyStaff"],
    leader: ["committeeLeader", key && "keyItemLeader"],
    leadUnit: [assigned && "leadUnit"],
    coUnit: [assigned && "coUnit"],
    leadSponsor: [suggestion && "sponsor", suggestion && "leadSponsor"],
    coSponsor: [suggestion && "sponsor"],
    otherUnit: [], foreignUnit: [], otherDeputy: [], otherStaff: [], otherLeader: [], admin: [], auditor: [], stationManager: [],
  };
  return new Set(sets[name].filter((r): r is TRelation => r !== false));
}

/** Who may see the item at all: its committee's staff and leaders, its units, its sponsors. */
export function visibleTo(name: TCastName, v: TVariant): boolean {
  if (name === "staff" || name === "leader") return true;
  if (name === "leadUnit" || name === "coUnit") return v.steps.includes("assign");
  if (name === "leadSponsor" || name === "coSponsor") return v.kind === "suggestion";
  return false;
}

export type TExpected = "allowed" | "notFound" | TWorkflowError;

/** The cell's outcome from the table: visibility, then role × relation, then stage, then the guards. */
export function expectedOutcome(name: TCastName, role: TRole, action: TAction, v: TVariant, facts: TItemFacts): TExpected {
  if (!visibleTo(name, v)) return "notFound";
  const rule = TRANSITIONS[action] as TTransitionRule<TAction>;
  const relation = rule.by[role];
  if (relation === undefined || !relationsOf(name, v).has(relation)) return E.forbidden;
  if (!rule.from.includes(v.stage)) return E.notAllowedNow;
  for (const guard of rule.guards) if (!GUARDS[guard].holds(facts, cellNow(v))) return GUARDS[guard].error;
  return "allowed";
}

export const allowedActions = (name: TCastName, role: TRole, v: TVariant, facts: TItemFacts): TAction[] =>
  ACTIONS.filter((action) => expectedOutcome(name, role, action, v, facts) === "allowed");

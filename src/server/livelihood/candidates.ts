import "server-only";
import { z } from "zod";
import { LIVELIHOOD_ERRORS as E } from "@/domain/livelihood/errors";
import { activityRefusal, type TActivity, type TLivelihoodStage } from "@/domain/livelihood/stages";
import { assertCan } from "../authz";
import { writeAudit } from "../audit";
import { getDb, type TTx } from "../db";
import { NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import { planInScope } from "./plans";
import { TX_OPTIONS, auditActor, refuse, uuidOrNotFound, type TLivelihoodActor } from "./scope";

export const MAX_CANDIDATE_TITLE = 120;
export const MAX_CANDIDATE_BODY = 3000;
const K = { title: "livelihood.candidate.errors.title", body: "livelihood.candidate.errors.body", unit: "livelihood.candidate.errors.unit" };

export const ZCandidateText = z.object({
  title: z.string({ error: K.title }).trim().min(1, K.title).max(MAX_CANDIDATE_TITLE, K.title),
  description: z.string({ error: K.body }).trim().min(1, K.body).max(MAX_CANDIDATE_BODY, K.body),
});

function parseOrRefuse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return refuse(issue?.code === "unrecognized_keys" ? "actions.unknownField" : (issue?.message ?? K.title), String(issue?.path[0] ?? "") || undefined);
}

function allowStage(stage: TLivelihoodStage, activity: TActivity, actor: TLivelihoodActor | null): void {
  const refusal = activityRefusal(stage, activity, actor?.role ?? null);
  if (refusal) refuse(refusal);
}

/** A deputy proposes a candidate while collecting; staff record the government's candidates. */
export async function proposeCandidate(actor: TLivelihoodActor, planId: unknown, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "livelihood:read");
  const data = parseOrRefuse(ZCandidateText.strict(), input);
  return getDb().$transaction(async (tx) => {
    const plan = await planInScope(tx, actor, planId);
    allowStage(plan.stage, actor.role === "STAFF" ? "proposeGovernment" : "proposeDeputy", actor);
    const source = actor.role === "STAFF" ? "GOVERNMENT" : "DEPUTY";
    const c = await tx.livelihoodCandidate.create({ data: { ...data, planId: plan.id, source, proposedById: actor.id, createdAt: now }, select: { id: true } });
    await audit(tx, actor, "livelihood.candidate.propose", c.id, ctx, now, { source });
    return c;
  }, TX_OPTIONS);
}

async function audit(tx: TTx, actor: TLivelihoodActor | null, action: `livelihood.candidate.${string}`, id: string, ctx: TRequestContext, now: Date, detail?: Record<string, string | boolean | null>) {
  await writeAudit(tx, { actor: actor ? auditActor(actor) : null, action, objectType: "LivelihoodCandidate", objectId: id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail, at: now });
}

async function candidateInScope(tx: TTx, actor: TLivelihoodActor, candidateId: unknown) {
  const id = uuidOrNotFound(candidateId);
  const c = await tx.livelihoodCandidate.findUnique({ where: { id }, select: { id: true, planId: true } });
  if (!c) throw new NotFoundError();
  const plan = await planInScope(tx, actor, c.planId);
  return { ...c, plan };
}

/** 初定: staff put a candidate on the shortlist or take it off. */
export async function setShortlisted(actor: TLivelihoodActor, candidateId: unknown, shortlisted: boolean, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "livelihood:manage");
  await getDb().$transaction(async (tx) => {
    const c = await candidateInScope(tx, actor, candidateId);
    allowStage(c.plan.stage, "shortlist", actor);
    await tx.livelihoodCandidate.update({ where: { id: c.id }, data: { shortlisted } });
    await audit(tx, actor, "livelihood.candidate.shortlist", c.id, ctx, now, { shortlisted });
  }, TX_OPTIONS);
}

/** Staff name the unit responsible for a candidate (or project): one of the committee's active units. */
export async function assignUnit(actor: TLivelihoodActor, candidateId: unknown, unitId: unknown, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "livelihood:manage");
  const parsedUnit = z.uuid().safeParse(unitId);
  if (!parsedUnit.success) refuse(K.unit, "unitId");
  await getDb().$transaction(async (tx) => {
    const c = await candidateInScope(tx, actor, candidateId);
    allowStage(c.plan.stage, "assignUnit", actor);
    const unit = await tx.handlingUnit.findFirst({ where: { id: parsedUnit.data, committeeId: c.plan.committeeId, active: true }, select: { id: true } });
    if (!unit) refuse(K.unit, "unitId");
    await tx.livelihoodCandidate.update({ where: { id: c.id }, data: { responsibleUnitId: unit!.id } });
    await audit(tx, actor, "livelihood.candidate.unit", c.id, ctx, now, { unitId: unit!.id });
  }, TX_OPTIONS);
}

/** 审议: staff record the outcome of the deliberation. */
export async function setDeliberationNote(actor: TLivelihoodActor, planId: unknown, note: unknown, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "livelihood:manage");
  const text = z.string().trim().min(1).max(3000).safeParse(note);
  if (!text.success) refuse("livelihood.plan.errors.note", "note");
  await getDb().$transaction(async (tx) => {
    const plan = await planInScope(tx, actor, planId);
    allowStage(plan.stage, "deliberationNote", actor);
    await tx.livelihoodPlan.update({ where: { id: plan.id }, data: { deliberationNote: text.data } });
    await writeAudit(tx, { actor: auditActor(actor), action: "livelihood.plan.note", objectType: "LivelihoodPlan", objectId: plan.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, at: now });
  }, TX_OPTIONS);
}

export type TCandidateRow = {
  id: string;
  source: "PUBLIC" | "DEPUTY" | "GOVERNMENT";
  title: string;
  description: string;
  shortlisted: boolean;
  chosen: boolean;
  unitId: string | null;
  unitName: string | null;
  /** staff only: the public proposer's name as given */
  proposerName: string | null;
};

/** A plan and its candidates, as the plan page shows them to the actor. */
export async function planView(actor: TLivelihoodActor, planId: unknown) {
  assertCan(actor, "livelihood:read");
  const db = getDb();
  const plan = await planInScope(db, actor, planId);
  const rows = await db.livelihoodCandidate.findMany({
    where: { planId: plan.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, source: true, title: true, description: true, shortlisted: true, chosen: true, proposerName: true, responsibleUnit: { select: { id: true, name: true } } },
  });
  const candidates: TCandidateRow[] = rows.map(({ responsibleUnit, proposerName, ...r }) => ({
    ...r,
    unitId: responsibleUnit?.id ?? null,
    unitName: responsibleUnit?.name ?? null,
    proposerName: actor.role === "STAFF" ? proposerName : null,
  }));
  const { id, year, title, stage, seats, collectOpensAt, collectClosesAt, deliberationNote } = plan;
  return { plan: { id, year, title, stage, seats, collectOpensAt, collectClosesAt, deliberationNote }, candidates };
}

/** The committee's active units, for the responsible-unit select. */
export async function unitOptions(actor: TLivelihoodActor, planId: unknown) {
  assertCan(actor, "livelihood:manage");
  const db = getDb();
  const plan = await planInScope(db, actor, planId);
  return db.handlingUnit.findMany({ where: { committeeId: plan.committeeId, active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export { E as LIVELIHOOD_ERRORS };

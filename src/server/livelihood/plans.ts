import "server-only";
import { z } from "zod";
import { shanghaiParts } from "@/domain/calendar";
import { LIVELIHOOD_ERRORS as E } from "@/domain/livelihood/errors";
import { nextStep, planStep, type TLivelihoodStage, type TPlanStep } from "@/domain/livelihood/stages";
import { collectionWindowProblem } from "@/domain/livelihood/window";
import { assertCan } from "../authz";
import { writeAudit } from "../audit";
import { getDb, type TTx } from "../db";
import { NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import { closeBallotInTx, openBallotInTx } from "./ballot-session";
import { TX_OPTIONS, auditActor, committeeOf, isUniqueViolation, refuse, uuidOrNotFound, type TLivelihoodActor } from "./scope";

const K = {
  title: "livelihood.plan.errors.title",
  year: "livelihood.plan.errors.year",
  seats: "livelihood.plan.errors.seats",
  date: "livelihood.plan.errors.date",
  taken: "livelihood.plan.errors.yearTaken",
};

export const ZCreatePlan = z
  .object({
    year: z.coerce.number({ error: K.year }).int(K.year).min(2000, K.year).max(2100, K.year),
    title: z.string({ error: K.title }).trim().min(1, K.title).max(120, K.title),
    seats: z.coerce.number({ error: K.seats }).int(K.seats).min(1, K.seats).max(50, K.seats),
    collectOpensAt: z.coerce.date({ error: K.date }),
    collectClosesAt: z.coerce.date({ error: K.date }),
  })
  .strict();

/** Staff start a year's plan; the public form's window must last at least a month. */
export async function createPlan(actor: TLivelihoodActor, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "livelihood:manage");
  const parsed = ZCreatePlan.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.code === "unrecognized_keys" ? "actions.unknownField" : (issue?.message ?? K.title), String(issue?.path[0] ?? "") || undefined);
  }
  const data = parsed.data;
  const windowProblem = collectionWindowProblem(data.collectOpensAt, data.collectClosesAt);
  if (windowProblem) refuse(windowProblem, "collectClosesAt");
  const committeeId = await committeeOf(actor);
  try {
    return await getDb().$transaction(async (tx) => {
      const plan = await tx.livelihoodPlan.create({ data: { ...data, committeeId, createdAt: now }, select: { id: true } });
      await writeAudit(tx, {
        actor: auditActor(actor),
        action: "livelihood.plan.create",
        objectType: "LivelihoodPlan",
        objectId: plan.id,
        result: "SUCCESS",
        ip: ctx.ip,
        requestId: ctx.requestId,
        detail: { year: data.year, seats: data.seats },
        at: now,
      });
      return plan;
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) refuse(K.taken, "year");
    throw error;
  }
}

export type TPlanRow = { id: string; year: number; title: string; stage: TLivelihoodStage; seats: number; candidates: number };

/** The plans of the actor's committee, newest year first. */
export async function listPlans(actor: TLivelihoodActor): Promise<TPlanRow[]> {
  assertCan(actor, "livelihood:read");
  const committeeId = await committeeOf(actor);
  const rows = await getDb().livelihoodPlan.findMany({
    where: { committeeId },
    orderBy: { year: "desc" },
    select: { id: true, year: true, title: true, stage: true, seats: true, _count: { select: { candidates: true } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, candidates: _count.candidates }));
}

/** A plan of the actor's committee, or NotFound (another committee's plan does not exist for them). */
export async function planInScope(db: Pick<TTx, "livelihoodPlan" | "deputy" | "handlingUnit">, actor: TLivelihoodActor, planId: unknown) {
  const id = uuidOrNotFound(planId);
  const committeeId = await committeeOf(actor, db);
  const plan = await db.livelihoodPlan.findFirst({ where: { id, committeeId } });
  if (!plan) throw new NotFoundError();
  return plan;
}

/**
 * Moves a plan one stage on, by the stage table. Opening and closing the ballot happen in the same
 * transaction as the stage change; the UPDATE names the stage it read, so two clicks move it once.
 */
export async function stepPlan(actor: TLivelihoodActor, planId: unknown, step: TPlanStep, ctx: TRequestContext, now = new Date()): Promise<{ stage: TLivelihoodStage }> {
  assertCan(actor, "livelihood:manage");
  return getDb().$transaction(async (tx) => {
    const plan = await planInScope(tx, actor, planId);
    const [candidates, shortlisted, chosenWithoutUnit] = await Promise.all([
      tx.livelihoodCandidate.count({ where: { planId: plan.id } }),
      tx.livelihoodCandidate.count({ where: { planId: plan.id, shortlisted: true } }),
      tx.livelihoodCandidate.count({ where: { planId: plan.id, chosen: true, responsibleUnitId: null } }),
    ]);
    const result = planStep(plan.stage, step, actor.role, { now, collectClosesAt: plan.collectClosesAt, seats: plan.seats, candidates, shortlisted, chosenWithoutUnit });
    if (!result.ok) return refuse(result.error);
    const { count } = await tx.livelihoodPlan.updateMany({ where: { id: plan.id, stage: plan.stage }, data: { stage: result.to, version: { increment: 1 } } });
    if (count === 0) refuse(E.notNow);
    if (step === "openBallot") await openBallotInTx(tx, plan, now);
    if (step === "closeBallot") await closeBallotInTx(tx, plan.id, now);
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: `livelihood.plan.${step}`,
      objectType: "LivelihoodPlan",
      objectId: plan.id,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { from: plan.stage, to: result.to },
      at: now,
    });
    return { stage: result.to };
  }, TX_OPTIONS);
}

export { nextStep };

/** The Beijing-time year of a date (the default year of a new plan). */
export const yearOf = (d: Date) => shanghaiParts(d).year;

import "server-only";
import { z } from "zod";
import { isDayKey, shanghaiDayKey } from "@/domain/calendar";
import { LIVELIHOOD_ERRORS as E } from "@/domain/livelihood/errors";
import { activityRefusal, type TActivity } from "@/domain/livelihood/stages";
import { MAX_PROGRESS, isMilestoneOverdue, isRating, summarizeRatings, type TRating, type TRatingSummary } from "@/domain/livelihood/supervision";
import { assertCan } from "../authz";
import { writeAudit } from "../audit";
import { getDb, type TTx } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import { planInScope } from "./plans";
import { TX_OPTIONS, auditActor, isUniqueViolation, refuse, uuidOrNotFound, type TLivelihoodActor } from "./scope";

/**
 * 监督 and 评估 of the chosen projects: milestones set by staff, progress reported by the responsible
 * unit's accounts, inspections by deputies (LivelihoodInspection: one duty record each), and the
 * year-end rating, one per deputy and project (the primary key enforces it).
 */
const K = {
  title: "livelihood.milestone.errors.title",
  day: "livelihood.milestone.errors.day",
  progress: "livelihood.milestone.errors.progress",
  note: "livelihood.milestone.errors.note",
  findings: "livelihood.inspection.errors.findings",
  future: "livelihood.inspection.errors.future",
  rating: "livelihood.rate.errors.rating",
};

const dayKey = (key: string) => z.string({ error: key }).refine(isDayKey, key);
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const keyOf = (d: Date) => d.toISOString().slice(0, 10);

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  return refuse(issue?.code === "unrecognized_keys" ? "actions.unknownField" : (issue?.message ?? K.title), String(issue?.path[0] ?? "") || undefined);
}

/** A chosen project the actor may see, in a plan whose stage allows the activity. */
async function projectFor(tx: TTx, actor: TLivelihoodActor, candidateId: unknown, activity: TActivity) {
  const id = uuidOrNotFound(candidateId);
  const c = await tx.livelihoodCandidate.findUnique({ where: { id }, select: { id: true, planId: true, chosen: true, responsibleUnitId: true } });
  if (!c || !c.chosen) throw new NotFoundError();
  const plan = await planInScope(tx, actor, c.planId);
  const refusal = activityRefusal(plan.stage, activity, actor.role);
  if (refusal) refuse(refusal);
  return { ...c, plan };
}

const audit = (tx: TTx, actor: TLivelihoodActor, action: `livelihood.${string}.${string}`, type: string, id: string, ctx: TRequestContext, now: Date, detail?: Record<string, string | number>) =>
  writeAudit(tx, { actor: auditActor(actor), action: action as `livelihood.milestone.${string}`, objectType: type, objectId: id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail, at: now });

export const ZMilestone = z.object({ title: z.string({ error: K.title }).trim().min(1, K.title).max(120, K.title), dueOn: dayKey(K.day) }).strict();

export async function addMilestone(actor: TLivelihoodActor, candidateId: unknown, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "livelihood:manage");
  const data = parse(ZMilestone, input);
  return getDb().$transaction(async (tx) => {
    const p = await projectFor(tx, actor, candidateId, "addMilestone");
    const m = await tx.livelihoodMilestone.create({ data: { candidateId: p.id, title: data.title, dueOn: toDate(data.dueOn), createdAt: now }, select: { id: true } });
    await audit(tx, actor, "livelihood.milestone.create", "LivelihoodMilestone", m.id, ctx, now);
    return m;
  }, TX_OPTIONS);
}

export const ZProgress = z
  .object({
    progress: z.coerce.number({ error: K.progress }).int(K.progress).min(0, K.progress).max(MAX_PROGRESS, K.progress),
    note: z.string({ error: K.note }).trim().min(1, K.note).max(2000, K.note),
  })
  .strict();

/** The responsible unit's accounts report a milestone's progress; any other unit finds nothing. */
export async function reportProgress(actor: TLivelihoodActor, milestoneId: unknown, input: unknown, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "livelihood:report");
  const data = parse(ZProgress, input);
  await getDb().$transaction(async (tx) => {
    const m = await tx.livelihoodMilestone.findUnique({ where: { id: uuidOrNotFound(milestoneId) }, select: { id: true, candidateId: true } });
    if (!m) throw new NotFoundError();
    const p = await projectFor(tx, actor, m.candidateId, "reportProgress");
    if (!actor.unitId || p.responsibleUnitId !== actor.unitId) throw new NotFoundError();
    await tx.livelihoodMilestone.update({ where: { id: m.id }, data: { progress: data.progress, progressNote: data.note, reportedAt: now, reportedById: actor.id } });
    await audit(tx, actor, "livelihood.milestone.report", "LivelihoodMilestone", m.id, ctx, now, { progress: data.progress });
  }, TX_OPTIONS);
}

export const ZInspection = z.object({ date: dayKey(K.day), findings: z.string({ error: K.findings }).trim().min(1, K.findings).max(3000, K.findings) }).strict();

/** A deputy records their inspection (视察) of a project; it counts as a duty record. */
export async function recordInspection(actor: TLivelihoodActor, candidateId: unknown, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "livelihood:vote");
  const data = parse(ZInspection, input);
  if (data.date > shanghaiDayKey(now)) refuse(K.future, "date");
  if (!actor.deputyId) throw new ForbiddenError("not a deputy");
  const deputyId = actor.deputyId;
  return getDb().$transaction(async (tx) => {
    const p = await projectFor(tx, actor, candidateId, "inspect");
    const i = await tx.livelihoodInspection.create({ data: { candidateId: p.id, deputyId, date: toDate(data.date), findings: data.findings, createdAt: now }, select: { id: true } });
    await audit(tx, actor, "livelihood.inspection.record", "LivelihoodInspection", i.id, ctx, now);
    return i;
  }, TX_OPTIONS);
}

/** The year-end rating; a second rating of the same project by the same deputy is refused by the key. */
export async function rateProject(actor: TLivelihoodActor, candidateId: unknown, rating: unknown, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "livelihood:vote");
  if (!isRating(rating)) refuse(K.rating, "rating");
  if (!actor.deputyId) throw new ForbiddenError("not a deputy");
  const deputyId = actor.deputyId;
  try {
    await getDb().$transaction(async (tx) => {
      const p = await projectFor(tx, actor, candidateId, "rate");
      const earlier = await tx.livelihoodRating.findUnique({ where: { candidateId_deputyId: { candidateId: p.id, deputyId } }, select: { deputyId: true } });
      if (earlier) refuse(E.rateTwice);
      await tx.livelihoodRating.create({ data: { candidateId: p.id, deputyId, rating: rating as TRating } });
      await audit(tx, actor, "livelihood.rating.cast", "LivelihoodCandidate", p.id, ctx, now, { rating: rating as TRating });
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) refuse(E.rateTwice);
    throw error;
  }
}

export type TProjectView = {
  id: string;
  title: string;
  unitId: string | null;
  unitName: string | null;
  milestones: { id: string; title: string; dueOn: string; progress: number; note: string | null; reportedAt: Date | null; overdue: boolean }[];
  inspections: { id: string; date: string; deputyName: string; findings: string }[];
  ratings: TRatingSummary;
  /** the viewer's own rating (deputies) */
  myRating: TRating | null;
};

/** The chosen projects of a plan with milestones (overdue flagged), inspections and rating results. */
export async function projectsView(actor: TLivelihoodActor, planId: unknown, now = new Date()): Promise<TProjectView[]> {
  assertCan(actor, "livelihood:read");
  const db = getDb();
  const plan = await planInScope(db, actor, planId);
  const today = shanghaiDayKey(now);
  const rows = await db.livelihoodCandidate.findMany({
    where: { planId: plan.id, chosen: true, ...(actor.role === "UNIT" ? { responsibleUnitId: actor.unitId ?? "00000000-0000-0000-0000-000000000000" } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      responsibleUnit: { select: { id: true, name: true } },
      milestones: { orderBy: [{ dueOn: "asc" }, { id: "asc" }], select: { id: true, title: true, dueOn: true, progress: true, progressNote: true, reportedAt: true } },
      inspections: { orderBy: [{ date: "desc" }, { id: "asc" }], select: { id: true, date: true, findings: true, deputy: { select: { name: true } } } },
      ratings: { select: { rating: true, deputyId: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    unitId: r.responsibleUnit?.id ?? null,
    unitName: r.responsibleUnit?.name ?? null,
    milestones: r.milestones.map((m) => {
      const dueOn = keyOf(m.dueOn);
      return { id: m.id, title: m.title, dueOn, progress: m.progress, note: m.progressNote, reportedAt: m.reportedAt, overdue: isMilestoneOverdue({ dueOn, progress: m.progress }, today) };
    }),
    inspections: r.inspections.map((i) => ({ id: i.id, date: keyOf(i.date), deputyName: i.deputy.name, findings: i.findings })),
    ratings: summarizeRatings(r.ratings.map((x) => x.rating)),
    myRating: r.ratings.find((x) => actor.deputyId && x.deputyId === actor.deputyId)?.rating ?? null,
  }));
}

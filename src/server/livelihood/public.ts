import "server-only";
import { z } from "zod";
import { LIVELIHOOD_ERRORS as E } from "@/domain/livelihood/errors";
import { isCollectionOpen } from "@/domain/livelihood/window";
import { writeAudit } from "../audit";
import { getDb } from "../db";
import { fieldErrorsOf } from "../public/input";
import { consumeRateLimit } from "../rate-limit";
import type { TRequestContext } from "../request-context";
import { MAX_CANDIDATE_BODY, MAX_CANDIDATE_TITLE } from "./candidates";
import { TX_OPTIONS } from "./scope";

/**
 * The public side of 征集: residents propose candidate projects without an account while a plan's
 * form is open (the window lasts at least a month: src/domain/livelihood/window.ts). Rate-limited
 * per address; a double submit (same key) makes one candidate.
 */
export type TOpenPlan = { id: string; committeeName: string; year: number; title: string; closesAt: Date };

export async function listOpenPlans(now = new Date()): Promise<TOpenPlan[]> {
  const rows = await getDb().livelihoodPlan.findMany({
    where: { stage: "COLLECTION", collectOpensAt: { lte: now }, collectClosesAt: { gt: now } },
    orderBy: [{ collectClosesAt: "asc" }],
    select: { id: true, year: true, title: true, collectClosesAt: true, committee: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, year: r.year, title: r.title, closesAt: r.collectClosesAt, committeeName: r.committee.name }));
}

const K = {
  plan: "livelihood.public.errors.plan",
  title: "livelihood.candidate.errors.title",
  body: "livelihood.candidate.errors.body",
  name: "livelihood.public.errors.name",
  key: "workflow.submit.errors.keyInvalid",
};

/** NUL cannot be typed into a form and PostgreSQL refuses it in text: refused, not stored (fuzzing). */
const NUL = "actions.controlChars";
const noNul = (v: string) => !v.includes("\u0000");

export const ZPublicProposal = z
  .object({
    planId: z.uuid({ error: K.plan }),
    title: z.string({ error: K.title }).trim().min(1, K.title).max(MAX_CANDIDATE_TITLE, K.title).refine(noNul, NUL),
    description: z.string({ error: K.body }).trim().min(1, K.body).max(MAX_CANDIDATE_BODY, K.body).refine(noNul, NUL),
    proposerName: z.string({ error: K.name }).trim().max(60, K.name).refine(noNul, NUL).optional().transform((s) => (s ? s : undefined)),
    idempotencyKey: z.string({ error: K.key }).regex(/^[A-Za-z0-9_-]{16,64}$/, K.key),
  })
  .strict();

export type TPublicProposalResult =
  | { ok: true; created: boolean }
  | { ok: false; kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { ok: false; kind: "limited"; retryAfterSeconds: number };

export async function proposePublic(input: unknown, ctx: TRequestContext, now = new Date()): Promise<TPublicProposalResult> {
  const parsed = ZPublicProposal.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;
  const db = getDb();
  const earlier = await db.livelihoodCandidate.findUnique({ where: { idempotencyKey: data.idempotencyKey }, select: { planId: true } });
  if (earlier) return earlier.planId === data.planId ? { ok: true, created: false } : { ok: false, kind: "invalid", fieldErrors: { idempotencyKey: [K.key] } };
  const plan = await db.livelihoodPlan.findUnique({ where: { id: data.planId }, select: { id: true, stage: true, collectOpensAt: true, collectClosesAt: true } });
  if (!plan) return { ok: false, kind: "invalid", fieldErrors: { planId: [K.plan] } };
  // enforced here, not only by hiding the form: a closed window refuses a direct call too
  if (!isCollectionOpen(plan, now)) return { ok: false, kind: "invalid", fieldErrors: { planId: [E.formClosed] } };
  const limit = await consumeRateLimit("livelihoodProposalPerIp", ctx.ip ?? "unknown");
  if (!limit.allowed) return { ok: false, kind: "limited", retryAfterSeconds: limit.retryAfterSeconds };
  try {
    await db.$transaction(async (tx) => {
      const c = await tx.livelihoodCandidate.create({
        data: { planId: plan.id, source: "PUBLIC", title: data.title, description: data.description, proposerName: data.proposerName ?? null, idempotencyKey: data.idempotencyKey, createdAt: now },
        select: { id: true },
      });
      await writeAudit(tx, { actor: null, action: "livelihood.candidate.propose", objectType: "LivelihoodCandidate", objectId: c.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { source: "PUBLIC" }, at: now });
    }, TX_OPTIONS);
    return { ok: true, created: true };
  } catch (error) {
    const winner = await db.livelihoodCandidate.findUnique({ where: { idempotencyKey: data.idempotencyKey }, select: { id: true } }).catch(() => null);
    if (winner) return { ok: true, created: false };
    throw error;
  }
}

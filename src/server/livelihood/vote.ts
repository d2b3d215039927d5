import "server-only";
import { z } from "zod";
import { choiceProblem, tally, type TTally } from "@/domain/livelihood/ballot";
import { LIVELIHOOD_ERRORS as E } from "@/domain/livelihood/errors";
import { activityRefusal } from "@/domain/livelihood/stages";
import { assertCan } from "../authz";
import { writeAudit } from "../audit";
import { getDb } from "../db";
import { ForbiddenError } from "../errors";
import type { TRequestContext } from "../request-context";
import { ballotChoices } from "./ballot-session";
import { planInScope } from "./plans";
import { auditActor, isUniqueViolation, refuse, type TLivelihoodActor } from "./scope";

/**
 * Casting a secret ballot. In ONE transaction: the turnout row (session, deputy) — whose primary key
 * lets the database itself accept one ballot per deputy per session — then the ballot (choices and a
 * random id, nothing else), then an audit row that says the deputy cast a ballot, never what was on
 * it. Nothing returned, stored or logged links the deputy to the choices.
 */
const ZChoices = z.array(z.string().max(64)).max(200);
// a whole congress may press the button at once: ballots queue (the audit chain takes one at a time)
const BALLOT_TX = { maxWait: 60_000, timeout: 120_000 } as const;

export async function castBallot(actor: TLivelihoodActor, planId: unknown, choicesInput: unknown, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "livelihood:vote");
  const parsedChoices = ZChoices.safeParse(choicesInput);
  if (!parsedChoices.success) refuse(E.voteUnknownCandidate, "choices");
  const choices = parsedChoices.data ?? [];
  const deputyId = actor.deputyId;
  if (!deputyId) throw new ForbiddenError("not a deputy");
  try {
    await getDb().$transaction(async (tx) => {
      // a deputy of another congress finds no plan; a terminated deputy has no scope (committeeOf)
      const plan = await planInScope(tx, actor, planId);
      const sessions = await tx.$queryRaw<{ id: string; seats: number; candidateIds: string[]; closed: boolean }[]>`
        SELECT "id", "seats", "candidateIds"::text[] AS "candidateIds", "closedAt" IS NOT NULL AS "closed"
        FROM "LivelihoodBallotSession" WHERE "planId" = ${plan.id}::uuid FOR SHARE`;
      const session = sessions[0];
      if (!session || session.closed || activityRefusal(plan.stage, "vote", actor.role) !== null) return refuse(E.voteClosed);
      const problem = choiceProblem(session, choices);
      if (problem) return refuse(problem, "choices");
      const voted = await tx.livelihoodTurnout.findUnique({ where: { sessionId_deputyId: { sessionId: session.id, deputyId } }, select: { deputyId: true } });
      if (voted) return refuse(E.voteTwice);
      await tx.livelihoodTurnout.create({ data: { sessionId: session.id, deputyId }, select: { deputyId: true } });
      await tx.livelihoodBallot.create({ data: { sessionId: session.id, choices }, select: { sessionId: true } });
      await writeAudit(tx, {
        actor: auditActor(actor),
        action: "livelihood.ballot.cast",
        objectType: "LivelihoodBallotSession",
        objectId: session.id,
        result: "SUCCESS",
        ip: ctx.ip,
        requestId: ctx.requestId,
        at: now,
      });
    }, BALLOT_TX);
  } catch (error) {
    // two ballots of one deputy at the same moment: the turnout key let one through
    if (isUniqueViolation(error)) refuse(E.voteTwice);
    // a burst longer than the queue allows: nothing was written, the deputy casts it again
    if ((error as { code?: unknown } | null)?.code === "P2028") refuse("livelihood.vote.errors.busy");
    throw error;
  }
}

export type TBallotForVoter = {
  open: boolean;
  hasVoted: boolean;
  seats: number;
  candidates: { id: string; title: string }[];
};

/** What a deputy's ballot page shows: the paper and whether they have voted — never how. */
export async function ballotForVoter(actor: TLivelihoodActor, planId: unknown): Promise<TBallotForVoter | null> {
  assertCan(actor, "livelihood:vote");
  const db = getDb();
  const plan = await planInScope(db, actor, planId);
  const session = await db.livelihoodBallotSession.findUnique({ where: { planId: plan.id }, select: { id: true, seats: true, candidateIds: true, closedAt: true } });
  if (!session || !actor.deputyId) return null;
  const [voted, rows] = await Promise.all([
    db.livelihoodTurnout.findUnique({ where: { sessionId_deputyId: { sessionId: session.id, deputyId: actor.deputyId } }, select: { deputyId: true } }),
    db.livelihoodCandidate.findMany({ where: { id: { in: session.candidateIds } }, select: { id: true, title: true } }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    open: session.closedAt === null,
    hasVoted: voted !== null,
    seats: session.seats,
    candidates: session.candidateIds.flatMap((id) => byId.get(id) ?? []),
  };
}

export type TCertificate = {
  plan: { id: string; year: number; title: string };
  openedAt: Date;
  closedAt: Date;
  seats: number;
  tally: TTally;
  candidates: { id: string; title: string; votes: number; rank: number; outcome: TTally["results"][number]["outcome"] }[];
};

/** The tally certificate of a closed session: counts only, for everyone who may read the plan. */
export async function ballotCertificate(actor: TLivelihoodActor, planId: unknown): Promise<TCertificate | null> {
  assertCan(actor, "livelihood:read");
  const db = getDb();
  const plan = await planInScope(db, actor, planId);
  const session = await db.livelihoodBallotSession.findUnique({ where: { planId: plan.id } });
  if (!session?.closedAt) return null;
  const [choices, turnout, rows] = await Promise.all([
    ballotChoices(db, session.id),
    db.livelihoodTurnout.count({ where: { sessionId: session.id } }),
    db.livelihoodCandidate.findMany({ where: { id: { in: session.candidateIds } }, select: { id: true, title: true } }),
  ]);
  const result = tally(session, session.eligibleCount, turnout, choices);
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  return {
    plan: { id: plan.id, year: plan.year, title: plan.title },
    openedAt: session.openedAt,
    closedAt: session.closedAt,
    seats: session.seats,
    tally: result,
    candidates: result.results.map((r) => ({ ...r, id: r.candidateId, title: titles.get(r.candidateId) ?? "" })),
  };
}

/** Live turnout while the ballot is open (how many have voted; never who voted how). */
export async function ballotProgress(actor: TLivelihoodActor, planId: unknown): Promise<{ issued: number; cast: number; open: boolean } | null> {
  assertCan(actor, "livelihood:read");
  const db = getDb();
  const plan = await planInScope(db, actor, planId);
  const session = await db.livelihoodBallotSession.findUnique({ where: { planId: plan.id }, select: { id: true, eligibleCount: true, closedAt: true } });
  if (!session) return null;
  return { issued: session.eligibleCount, cast: await db.livelihoodTurnout.count({ where: { sessionId: session.id } }), open: session.closedAt === null };
}

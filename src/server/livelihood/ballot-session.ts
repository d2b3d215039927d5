import "server-only";
import { tally, type TTally } from "@/domain/livelihood/ballot";
import { LIVELIHOOD_ERRORS as E } from "@/domain/livelihood/errors";
import type { TTx } from "../db";

/**
 * Opening and closing a ballot session, inside the plan's stage change (plans.ts stepPlan). The
 * paper's candidates and the number of ballots issued (the eligible deputies) are fixed at opening.
 */
export async function openBallotInTx(tx: TTx, plan: { id: string; committeeId: string; seats: number }, now: Date): Promise<void> {
  const candidates = await tx.livelihoodCandidate.findMany({
    where: { planId: plan.id, shortlisted: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  // the stage table checked it already; the session itself never opens otherwise
  if (candidates.length <= plan.seats) throw new Error(E.notCompetitive);
  const eligibleCount = await tx.deputy.count({ where: { committeeId: plan.committeeId, status: "ACTIVE" } });
  await tx.livelihoodBallotSession.create({
    data: { planId: plan.id, seats: plan.seats, candidateIds: candidates.map((c) => c.id), eligibleCount, openedAt: now },
  });
}

/** The choices of every ballot of a session, and nothing else: no id, no order that means anything. */
export async function ballotChoices(tx: Pick<TTx, "$queryRaw">, sessionId: string): Promise<string[][]> {
  const rows = await tx.$queryRaw<{ choices: string[] }[]>`
    SELECT "choices"::text[] AS "choices" FROM "LivelihoodBallot" WHERE "sessionId" = ${sessionId}::uuid ORDER BY "choices"::text[]`;
  return rows.map((r) => r.choices);
}

/** Closes the session (waiting for ballots being cast: they hold it FOR SHARE) and marks the chosen projects. */
export async function closeBallotInTx(tx: TTx, planId: string, now: Date): Promise<TTally> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "LivelihoodBallotSession" WHERE "planId" = ${planId}::uuid AND "closedAt" IS NULL FOR UPDATE`;
  const sessionId = locked[0]?.id;
  if (!sessionId) throw new Error("no open ballot session");
  const session = await tx.livelihoodBallotSession.update({ where: { id: sessionId }, data: { closedAt: now } });
  const [choices, turnout] = await Promise.all([ballotChoices(tx, sessionId), tx.livelihoodTurnout.count({ where: { sessionId } })]);
  const result = tally(session, session.eligibleCount, turnout, choices);
  if (result.chosen.length > 0) await tx.livelihoodCandidate.updateMany({ where: { planId, id: { in: result.chosen } }, data: { chosen: true } });
  return result;
}

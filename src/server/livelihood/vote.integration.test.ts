import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { VOTE_DAY, planWithOpenBallot, seedVoteWorld } from "../../../tests/factories/livelihood";
import { ActionRefusal } from "../actions";
import { ForbiddenError, NotFoundError } from "../errors";
import { setShortlisted } from "./candidates";
import { stepPlan } from "./plans";
import { ballotCertificate, ballotForVoter, castBallot } from "./vote";

const db = useTestDatabase();
const ctx = testContext();

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => null, (error: unknown) => error);
  if (!(e instanceof ActionRefusal)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e.messageKey;
}

describe("the ballot session", () => {
  it("opens only when competitive: as many candidates as seats is refused before deliberation and at opening", async () => {
    const w = await seedVoteWorld(db(), 1);
    const { planId, candidateIds } = await planWithOpenBallot(w, 3, false, 3);
    expect(await refusal(stepPlan(w.staff, planId, "startDeliberation", ctx, VOTE_DAY))).toBe("livelihood.errors.notCompetitive");
    await setShortlisted(w.staff, candidateIds[3], true, ctx, VOTE_DAY);
    await stepPlan(w.staff, planId, "startDeliberation", ctx, VOTE_DAY);
    // in 审议 the list is fixed; even if a row were changed behind the portal's back, opening checks again
    await expect(setShortlisted(w.staff, candidateIds[0], false, ctx, VOTE_DAY)).rejects.toThrow(ActionRefusal);
    await db().livelihoodCandidate.update({ where: { id: candidateIds[3]! }, data: { shortlisted: false } });
    expect(await refusal(stepPlan(w.staff, planId, "openBallot", ctx, VOTE_DAY))).toBe("livelihood.errors.notCompetitive");
    await expect(stepPlan(w.deputies[0]!, planId, "openBallot", ctx, VOTE_DAY)).rejects.toThrow(ForbiddenError);
    await expect(stepPlan(w.foreignStaff, planId, "openBallot", ctx, VOTE_DAY)).rejects.toThrow(NotFoundError);
    expect(await db().livelihoodBallotSession.count({ where: { planId } })).toBe(0);
  }, 120_000);

  it("counts each deputy's ballot once and certifies issued, cast, valid, invalid, votes and the chosen projects", async () => {
    const w = await seedVoteWorld(db(), 4);
    const { planId, candidateIds: c } = await planWithOpenBallot(w, 2);
    const [d0, d1, d2] = w.deputies;
    await castBallot(d0!, planId, [c[0], c[1]], ctx, VOTE_DAY);
    await castBallot(d1!, planId, [c[0], c[2]], ctx, VOTE_DAY);
    await castBallot(d2!, planId, [c[0], c[1]], ctx, VOTE_DAY);
    expect(await ballotForVoter(d0!, planId)).toMatchObject({ open: true, hasVoted: true, seats: 2 });
    expect((await ballotForVoter(w.deputies[3]!, planId))?.hasVoted).toBe(false);
    expect(await ballotCertificate(w.staff, planId)).toBeNull(); // no tally while open
    await stepPlan(w.staff, planId, "closeBallot", ctx, VOTE_DAY);
    const cert = await ballotCertificate(w.leader, planId);
    expect(cert?.tally).toMatchObject({ issued: 4, cast: 3, turnout: 3, valid: 3, invalid: 0, threshold: 2, seatsForRunoff: 0 });
    expect(cert?.candidates.map((r) => [r.title, r.votes, r.outcome])).toEqual([
      ["老旧小区改造", 3, "CHOSEN"],
      ["城区学校扩容", 2, "CHOSEN"],
      ["农村公路提质", 1, "NOT_CHOSEN"],
      ["社区养老服务中心", 0, "NOT_CHOSEN"],
      ["城市内涝治理", 0, "NOT_CHOSEN"],
    ]);
    const chosen = await db().livelihoodCandidate.findMany({ where: { planId, chosen: true }, select: { id: true } });
    expect(chosen.map((x) => x.id).sort()).toEqual([c[0], c[1]].sort());
    expect((await db().livelihoodPlan.findUniqueOrThrow({ where: { id: planId } })).stage).toBe("SUPERVISION");
  }, 120_000);
});

describe("bad ballots are refused with a Chinese message and leave nothing behind (issue 7 #7)", () => {
  it("refuses voting twice, too many choices, a repeated or tampered candidate id, no choice, and voting after close", async () => {
    const w = await seedVoteWorld(db(), 2);
    const { planId, candidateIds: c } = await planWithOpenBallot(w, 2);
    const [d0, d1] = w.deputies;
    expect(await refusal(castBallot(d0!, planId, [c[0], c[1], c[2]], ctx, VOTE_DAY))).toBe("livelihood.vote.errors.tooMany");
    expect(await refusal(castBallot(d0!, planId, [c[0], "0198f1c2-0000-7000-8000-000000000000"], ctx, VOTE_DAY))).toBe("livelihood.vote.errors.unknownCandidate");
    expect(await refusal(castBallot(d0!, planId, ["'; DROP TABLE \"LivelihoodBallot\"; --"], ctx, VOTE_DAY))).toBe("livelihood.vote.errors.unknownCandidate");
    expect(await refusal(castBallot(d0!, planId, [c[0], c[0]], ctx, VOTE_DAY))).toBe("livelihood.vote.errors.duplicate");
    expect(await refusal(castBallot(d0!, planId, [], ctx, VOTE_DAY))).toBe("livelihood.vote.errors.none");
    const inPlan = { where: { session: { planId } } };
    expect(await db().livelihoodBallot.count(inPlan)).toBe(0);
    expect(await db().livelihoodTurnout.count(inPlan)).toBe(0);
    await castBallot(d0!, planId, [c[0]], ctx, VOTE_DAY);
    expect(await refusal(castBallot(d0!, planId, [c[1]], ctx, VOTE_DAY))).toBe("livelihood.vote.errors.twice");
    await stepPlan(w.staff, planId, "closeBallot", ctx, VOTE_DAY);
    expect(await refusal(castBallot(d1!, planId, [c[1]], ctx, VOTE_DAY))).toBe("livelihood.vote.errors.closed");
    expect(await db().livelihoodBallot.count(inPlan)).toBe(1);
    expect(await db().livelihoodTurnout.count(inPlan)).toBe(1);
  }, 120_000);

  it("refuses a deputy of another congress (the plan does not exist for them) and every other role", async () => {
    const w = await seedVoteWorld(db(), 1);
    const { planId, candidateIds: c } = await planWithOpenBallot(w, 2);
    await expect(castBallot(w.foreignDeputy, planId, [c[0]], ctx, VOTE_DAY)).rejects.toThrow(NotFoundError);
    for (const other of [w.staff, w.leader, w.roadsUnit]) await expect(castBallot(other, planId, [c[0]], ctx, VOTE_DAY)).rejects.toThrow(ForbiddenError);
    await expect(castBallot(w.deputies[0]!, "not-a-uuid", [c[0]], ctx, VOTE_DAY)).rejects.toThrow(NotFoundError);
    expect(await db().livelihoodBallot.count({ where: { session: { planId } } })).toBe(0);
  }, 120_000);

  it("refuses a terminated deputy", async () => {
    const w = await seedVoteWorld(db(), 1);
    const { planId, candidateIds: c } = await planWithOpenBallot(w, 2);
    await db().deputy.update({ where: { id: w.deputies[0]!.deputyId! }, data: { status: "TERMINATED" } });
    await expect(castBallot(w.deputies[0]!, planId, [c[0]], ctx, VOTE_DAY)).rejects.toThrow(ForbiddenError);
  }, 120_000);
});

describe("the audit trail of a ballot", () => {
  it("records that the deputy cast a ballot, in the same transaction, without the choices", async () => {
    const w = await seedVoteWorld(db(), 1);
    const { planId, candidateIds: c } = await planWithOpenBallot(w, 2);
    await castBallot(w.deputies[0]!, planId, [c[3]], ctx, VOTE_DAY);
    const rows = await db().auditLog.findMany({ where: { actorId: w.deputies[0]!.id } });
    expect(rows.map((r) => r.action)).toEqual(["livelihood.ballot.cast"]);
    const text = JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    for (const id of c) expect(text).not.toContain(id);
    const ballot = await db().livelihoodBallot.findFirstOrThrow({ where: { session: { planId } } });
    expect(text).not.toContain(ballot.id);
  }, 120_000);
});

import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { VOTE_DAY, planWithOpenBallot, seedVoteWorld } from "../../../tests/factories/livelihood";
import { ActionRefusal } from "../actions";
import { setDbForTesting } from "../db";
import { stepPlan } from "./plans";
import { ballotCertificate, castBallot } from "./vote";

const db = useTestDatabase();
const VOTERS = 100;
const DOUBLES = 10;

/**
 * Issue 7 #6: 100 deputies vote at the same moment (and 10 of them press the button twice at once).
 * On PostgreSQL through a wide pool of real connections; on PGlite (one connection) the same burst is
 * queued, which still proves the count and the one-ballot-per-deputy key.
 */
describe("100 deputies voting at the same moment", () => {
  it("loses no ballot, doubles none, and turnout equals ballots", async () => {
    const w = await seedVoteWorld(db(), VOTERS);
    const { planId, candidateIds: c } = await planWithOpenBallot(w, 3);
    // deputy i chooses a pattern we can count afterwards
    const choicesOf = (i: number) => [c[i % 5]!, c[(i + 1) % 5]!];
    let client = db.prisma;
    if (db.kind === "postgres") {
      client = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.database.url!, max: 40 }) });
      await client.$connect();
      setDbForTesting(client);
    }
    const started = performance.now();
    let outcomes: PromiseSettledResult<void>[];
    try {
      const calls = w.deputies.map((d, i) => () => castBallot(d, planId, choicesOf(i), testContext(), VOTE_DAY));
      const doubles = w.deputies.slice(0, DOUBLES).map((d, i) => () => castBallot(d, planId, choicesOf(i + 2), testContext(), VOTE_DAY));
      outcomes = await Promise.allSettled([...calls, ...doubles].map((f) => f()));
    } finally {
      if (client !== db.prisma) {
        setDbForTesting(db.prisma);
        await client.$disconnect();
      }
    }
    const ms = Math.round(performance.now() - started);
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
    console.info(`[vote race, ${db.kind}] ${VOTERS + DOUBLES} simultaneous ballots in ${ms} ms: ${outcomes.length - refused.length} accepted, ${refused.length} refused`);
    const unexpected = refused.filter((e) => !(e instanceof ActionRefusal && e.messageKey === "livelihood.vote.errors.twice")).map((e) => String(e).slice(0, 300));
    expect(unexpected).toEqual([]);
    expect(refused).toHaveLength(DOUBLES);

    const inPlan = { where: { session: { planId } } };
    expect(await db().livelihoodBallot.count(inPlan)).toBe(VOTERS);
    expect(await db().livelihoodTurnout.count(inPlan)).toBe(VOTERS);
    expect(await db().auditLog.count({ where: { action: "livelihood.ballot.cast" } })).toBe(VOTERS);

    await stepPlan(w.staff, planId, "closeBallot", testContext(), VOTE_DAY);
    const cert = await ballotCertificate(w.staff, planId);
    expect(cert?.tally).toMatchObject({ issued: VOTERS, cast: VOTERS, turnout: VOTERS, valid: VOTERS, invalid: 0 });
    // every candidate was named by exactly 40 deputies (i % 5 and (i + 1) % 5 over 100 deputies)
    expect(cert?.candidates.map((r) => r.votes)).toEqual([40, 40, 40, 40, 40]);
    expect(cert?.tally.seatsForRunoff).toBe(0);
    expect(cert?.tally.chosen).toEqual([]); // 40 of 100 valid ballots is not more than half
  }, 180_000);
});

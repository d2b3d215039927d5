import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { VOTE_DAY, planWithOpenBallot, seedVoteWorld } from "../../../tests/factories/livelihood";
import { planView } from "./candidates";
import { listPlans, stepPlan } from "./plans";
import { projectsView } from "./supervision";
import { ballotCertificate, ballotForVoter, ballotProgress, castBallot } from "./vote";

const db = useTestDatabase();

/**
 * Issue 7 #2 and #6: the ballot is secret. The schema itself has no place for a voter or a moment on
 * a ballot, and no loader output of this area (every page and the certificate read through these)
 * carries anything that ties a deputy to a choice.
 */
type TCol = { column_name: string; data_type: string; column_default: string | null };

describe("the ballot table's schema", () => {
  it("holds the choices only: no column naming a deputy or user, no timestamp, a random id, no sequence", async () => {
    const cols = await db().$queryRaw<TCol[]>`
      SELECT column_name, data_type, column_default FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'LivelihoodBallot' ORDER BY column_name`;
    expect(cols.map((c) => c.column_name)).toEqual(["choices", "id", "sessionId"]);
    for (const c of cols) {
      expect(c.column_name).not.toMatch(/deputy|user|voter|actor|created|updated|cast|at$/i);
      expect(c.data_type).not.toMatch(/time|date|interval|serial/i);
      expect(c.column_default ?? "").not.toMatch(/nextval|now\(|uuid_generate_v7|current_/i);
    }
    expect(cols.find((c) => c.column_name === "id")?.column_default).toMatch(/gen_random_uuid/);
    const fks = await db().$queryRaw<{ foreign_table: string }[]>`
      SELECT ccu.table_name AS foreign_table FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
      WHERE tc.table_schema = current_schema() AND tc.table_name = 'LivelihoodBallot' AND tc.constraint_type = 'FOREIGN KEY'`;
    expect(fks.map((f) => f.foreign_table)).toEqual(["LivelihoodBallotSession"]);
  }, 120_000);

  it("keeps turnout apart, with no timestamp either, and one row per deputy and session as its primary key", async () => {
    const cols = await db().$queryRaw<TCol[]>`
      SELECT column_name, data_type, column_default FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'LivelihoodTurnout' ORDER BY column_name`;
    expect(cols.map((c) => c.column_name)).toEqual(["deputyId", "sessionId"]);
    const pk = await db().$queryRaw<{ column_name: string }[]>`
      SELECT kcu.column_name FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
      WHERE tc.table_schema = current_schema() AND tc.table_name = 'LivelihoodTurnout' AND tc.constraint_type = 'PRIMARY KEY' ORDER BY kcu.column_name`;
    expect(pk.map((p) => p.column_name)).toEqual(["deputyId", "sessionId"]);
  }, 120_000);
});

describe("what the pages and the certificate read", () => {
  it("never link a voter to a choice, for any role, open or closed", async () => {
    const w = await seedVoteWorld(db(), 3);
    const { planId, candidateIds: c } = await planWithOpenBallot(w, 2);
    const ctx = testContext();
    // three distinct ballots: any output holding a voter next to a choice would show it
    await castBallot(w.deputies[0]!, planId, [c[0]!], ctx, VOTE_DAY);
    await castBallot(w.deputies[1]!, planId, [c[1]!, c[2]!], ctx, VOTE_DAY);
    await castBallot(w.deputies[2]!, planId, [c[3]!, c[4]!], ctx, VOTE_DAY);
    const ballots = await db().livelihoodBallot.findMany({ where: { session: { planId } }, select: { id: true } });
    expect(ballots).toHaveLength(3);
    for (const b of ballots) expect(b.id[14]).toBe("4"); // RFC 9562 version 4: random, no time in it

    const voterMarks = w.deputies.flatMap((d) => [d.id, d.deputyId!, d.username]);
    const names = await db().deputy.findMany({ where: { id: { in: w.deputies.map((d) => d.deputyId!) } }, select: { name: true } });
    voterMarks.push(...names.map((n) => n.name));
    const outputsFor = async (who: typeof w.staff) => {
      const out: unknown[] = [await listPlans(who), await planView(who, planId), await ballotProgress(who, planId), await ballotCertificate(who, planId), await projectsView(who, planId, VOTE_DAY)];
      if (who.role === "DEPUTY") out.push(await ballotForVoter(who, planId));
      return JSON.stringify(out);
    };
    const readers = [w.staff, w.leader, w.roadsUnit, ...w.deputies];
    const check = async () => {
      for (const who of readers) {
        const text = await outputsFor(who);
        for (const mark of voterMarks) expect(text, `${who.role} output names a voter`).not.toContain(mark);
        for (const b of ballots) expect(text).not.toContain(b.id);
      }
    };
    await check();
    await stepPlan(w.staff, planId, "closeBallot", ctx, VOTE_DAY);
    await check();

    // the audit rows of the ballots name the voter (turnout) but carry no choice and no ballot id
    const audit = await db().auditLog.findMany({ where: { action: "livelihood.ballot.cast", actorId: { in: w.deputies.map((d) => d.id) } } });
    expect(audit).toHaveLength(3);
    for (const row of audit) {
      expect(row.detail).toBeNull();
      const text = JSON.stringify({ ...row, id: String(row.id) });
      for (const id of [...c, ...ballots.map((b) => b.id)]) expect(text).not.toContain(id);
    }
  }, 120_000);
});

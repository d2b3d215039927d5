import { shanghaiDayKey } from "@/domain/calendar";
import { dateYearRange, yearRange, type TDerivedSource } from "./types";

/**
 * Votes cast in a livelihood-project ballot (民生实事票决): one VOTE record per turnout row
 * (LivelihoodTurnout: who voted, never how). The ballot table (the choices) is never read, and the
 * record is dated on the day the session opened, not the moment of voting, so the duty record adds
 * nothing that could be matched against the ballots.
 */
export const votesCast: TDerivedSource = {
  name: "vote",
  type: "VOTE",
  implemented: true,
  async collect(tx, { deputyIds, year }) {
    const rows = await tx.livelihoodTurnout.findMany({
      where: { deputyId: { in: [...deputyIds] }, session: { openedAt: yearRange(year) } },
      select: { deputyId: true, session: { select: { id: true, openedAt: true, plan: { select: { title: true, committee: { select: { name: true } } } } } } },
    });
    return rows.map((r) => ({
      deputyId: r.deputyId,
      type: "VOTE" as const,
      date: shanghaiDayKey(r.session.openedAt),
      sourceKey: `vote:${r.session.id}:${r.deputyId}`,
      place: r.session.plan.committee.name,
      description: r.session.plan.title,
    }));
  },
};

/** A deputy's inspection (视察) of a livelihood project: one INSPECTION record each, dated on its day. */
export const livelihoodInspections: TDerivedSource = {
  name: "livelihood-inspection",
  type: "INSPECTION",
  implemented: true,
  async collect(tx, { deputyIds, year }) {
    const rows = await tx.livelihoodInspection.findMany({
      where: { deputyId: { in: [...deputyIds] }, date: dateYearRange(year) },
      select: { id: true, deputyId: true, date: true, findings: true, candidate: { select: { title: true } } },
    });
    return rows.map((r) => ({
      deputyId: r.deputyId,
      type: "INSPECTION" as const,
      date: r.date.toISOString().slice(0, 10),
      sourceKey: `livelihood-inspection:${r.id}:${r.deputyId}`,
      place: r.candidate.title,
      description: r.findings,
    }));
  },
};

import "server-only";
import { DEFAULT_RULES, ruleProblem, rulesForYear, type TRuleTable } from "@/domain/duty/points";
import { DUTY_RECORD_TYPES } from "@/domain/duty/record-types";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import { assertCan } from "../authz";
import { getDb, type TTx } from "../db";
import type { TRequestContext } from "../request-context";
import { ZRulesInput } from "./inputs";
import type { TDutyActor } from "./records";
import { committeeScope } from "./scope";

/**
 * The points rules of a committee, versioned by year (src/domain/duty/points.ts rulesForYear).
 * Saving writes the full table for that one year; earlier years keep the rows they had, so their
 * archives do not change. Staff may edit the current year and later ones, never a past year.
 */
export async function loadRules(db: TTx | ReturnType<typeof getDb>, committeeId: string, year: number): Promise<{ table: TRuleTable; fromYear: number | null }> {
  const stored = await db.dutyPointRule.findMany({ where: { committeeId, year: { lte: year } }, select: { year: true, type: true, points: true, yearlyCap: true } });
  return rulesForYear(stored, year);
}

export async function getRules(actor: TDutyActor, year: number) {
  const committeeId = committeeScope(actor);
  return loadRules(getDb(), committeeId, year);
}

export async function saveRules(actor: TDutyActor, input: unknown, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "duty:manage");
  const committeeId = committeeScope(actor);
  const parsed = ZRulesInput.safeParse(input);
  if (!parsed.success) throw new ActionRefusal("duty.errors.ruleInvalid");
  const { year, rules } = parsed.data;
  const thisYear = Number(now.toISOString().slice(0, 4));
  if (year < thisYear) throw new ActionRefusal("duty.errors.pastYearRules", "year");
  const table: Record<string, { points: number; yearlyCap: number }> = {};
  for (const type of DUTY_RECORD_TYPES) {
    const rule = rules[type] ?? DEFAULT_RULES[type];
    const problem = ruleProblem(rule);
    if (problem) throw new ActionRefusal(problem === "points" ? "duty.errors.pointsInvalid" : "duty.errors.capInvalid", `${type}.${problem}`);
    table[type] = rule;
  }
  await getDb().$transaction(async (tx) => {
    await tx.dutyPointRule.deleteMany({ where: { committeeId, year } });
    await tx.dutyPointRule.createMany({ data: DUTY_RECORD_TYPES.map((type) => ({ committeeId, year, type, points: table[type]!.points, yearlyCap: table[type]!.yearlyCap, updatedById: actor.id })) });
    await writeAudit(tx, { actor: { id: actor.id, username: actor.username, role: actor.role }, action: "duty.rules.update", objectType: "DutyPointRule", objectId: `${year}`, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId });
  }, { maxWait: 15_000, timeout: 30_000 });
}

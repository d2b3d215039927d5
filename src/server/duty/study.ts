import "server-only";
import { countCharacters } from "@/domain/duty/char-count";
import { pastDayProblem } from "@/domain/duty/dates";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import type { TActor } from "../authz";
import { getDb } from "../db";
import type { TRequestContext } from "../request-context";
import { ZReflectionInput } from "./inputs";
import type { TDutyActor } from "./records";
import { committeeScope, dayDate, dayKey, ownDeputyId } from "./scope";

/**
 * Study reflections (学习心得): a deputy writes them, their characters are counted
 * (src/domain/duty/char-count.ts) and summed per deputy; staff and leaders see the sums.
 */
export async function createReflection(actor: TDutyActor, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string; charCount: number }> {
  const deputyId = ownDeputyId(actor);
  const r = ZReflectionInput.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ActionRefusal(issue?.code === "unrecognized_keys" ? "actions.unknownField" : (issue?.message ?? "actions.invalid"), issue?.code === "unrecognized_keys" ? undefined : String(issue?.path[0] ?? ""));
  }
  const data = r.data;
  const problem = pastDayProblem(data.studiedOn, now);
  if (problem) throw new ActionRefusal(problem, "studiedOn");
  const charCount = countCharacters(data.body);
  return getDb().$transaction(async (tx) => {
    const row = await tx.studyReflection.create({ data: { deputyId, title: data.title, body: data.body, charCount, studiedOn: dayDate(data.studiedOn) }, select: { id: true, charCount: true } });
    await writeAudit(tx, { actor: { id: actor.id, username: actor.username, role: actor.role }, action: "duty.reflection.create", objectType: "StudyReflection", objectId: row.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { charCount } });
    return row;
  });
}

export type TReflectionRow = { id: string; title: string; studiedOn: string; charCount: number };

export async function myReflections(actor: TActor): Promise<{ rows: TReflectionRow[]; total: number }> {
  const deputyId = ownDeputyId(actor);
  const rows = await getDb().studyReflection.findMany({ where: { deputyId }, select: { id: true, title: true, studiedOn: true, charCount: true }, orderBy: [{ studiedOn: "desc" }, { id: "desc" }] });
  return { rows: rows.map((r) => ({ ...r, studiedOn: dayKey(r.studiedOn) })), total: rows.reduce((n, r) => n + r.charCount, 0) };
}

/** Per deputy of the committee: reflections and characters this year, and the committee's total. */
export async function studySums(actor: TActor, year: number): Promise<{ rows: { deputyId: string; name: string; reflections: number; characters: number }[]; total: number }> {
  const committeeId = committeeScope(actor);
  const groups = await getDb().studyReflection.groupBy({
    by: ["deputyId"],
    where: { deputy: { committeeId }, studiedOn: { gte: dayDate(`${year}-01-01`), lt: dayDate(`${year + 1}-01-01`) } },
    _sum: { charCount: true },
    _count: { _all: true },
  });
  const names = new Map((await getDb().deputy.findMany({ where: { id: { in: groups.map((g) => g.deputyId) } }, select: { id: true, name: true } })).map((d) => [d.id, d.name]));
  const rows = groups
    .map((g) => ({ deputyId: g.deputyId, name: names.get(g.deputyId) ?? "", reflections: g._count._all, characters: g._sum.charCount ?? 0 }))
    .sort((a, b) => b.characters - a.characters);
  return { rows, total: rows.reduce((n, r) => n + r.characters, 0) };
}

import "server-only";
import { shanghaiDayKey } from "@/domain/calendar";
import { buildArchive, type TArchive } from "@/domain/duty/archive";
import type { TActor } from "../authz";
import { getDb } from "../db";
import { yearRange } from "./derived/types";
import { ensureDerived } from "./derived";
import { loadRules } from "./rules";
import { dayKey, loadDeputyFor } from "./scope";

/**
 * A deputy's yearly archive (履职档案): the derived records are brought up to date first (idempotent,
 * see derived/index.ts), then the archive is computed from the stored facts by the pure
 * buildArchive, with the rules in force for that year.
 */
export type TArchiveView = TArchive & {
  deputy: { id: string; name: string; committeeName: string; workUnit: string | null };
  rulesFromYear: number | null;
};

export async function getArchive(actor: TActor, deputyId: string, year: number, now = new Date()): Promise<TArchiveView> {
  const deputy = await loadDeputyFor(actor, deputyId);
  const db = getDb();
  await ensureDerived(db, { deputyIds: [deputy.id], year }, now);
  const [info, records, sponsorships, enrolments, reflections, rules] = await Promise.all([
    db.deputy.findUniqueOrThrow({ where: { id: deputy.id }, select: { workUnit: true, committee: { select: { name: true } } } }),
    db.dutyRecord.findMany({
      where: { deputyId: deputy.id, date: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) } },
      select: { id: true, type: true, date: true, status: true, place: true, origin: true },
    }),
    deputy.userId
      ? db.itemSponsor.findMany({
          where: { userId: deputy.userId, item: { source: "DEPUTY_SUGGESTION", createdAt: yearRange(year) } },
          select: { isLead: true, item: { select: { id: true, trackingNumber: true, title: true, stage: true, satisfaction: true } } },
        })
      : Promise.resolve([]),
    db.trainingEnrolment.findMany({ where: { deputyId: deputy.id }, select: { attended: true, course: { select: { id: true, title: true, startsOn: true } } } }),
    db.studyReflection.findMany({ where: { deputyId: deputy.id }, select: { id: true, title: true, studiedOn: true, charCount: true } }),
    loadRules(db, deputy.committeeId, year),
  ]);
  const archive = buildArchive({
    year,
    rules: rules.table,
    records: records.map((r) => ({ ...r, date: dayKey(r.date) })),
    suggestions: sponsorships.map((s) => ({ ...s.item, isLead: s.isLead })),
    training: enrolments.map((e) => ({ courseId: e.course.id, title: e.course.title, startsOn: dayKey(e.course.startsOn), attended: e.attended })),
    reflections: reflections.map((r) => ({ ...r, studiedOn: dayKey(r.studiedOn) })),
  });
  return {
    ...archive,
    deputy: { id: deputy.id, name: deputy.name, committeeName: info.committee.name, workUnit: info.workUnit },
    rulesFromYear: rules.fromYear,
  };
}

export const currentYear = (now = new Date()) => Number(shanghaiDayKey(now).slice(0, 4));

/** A year from a search parameter: a whole number near now, else this year. */
export function yearParam(raw: unknown, now = new Date()): number {
  const y = typeof raw === "string" && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  const cur = currentYear(now);
  return Number.isInteger(y) && y >= cur - 10 && y <= cur + 1 ? y : cur;
}

import "server-only";
import { endDayProblem } from "@/domain/duty/dates";
import { isDayKey } from "@/domain/calendar";
import type { TTrainingAudience } from "@/domain/duty/record-types";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import type { TActor } from "../authz";
import { assertCan } from "../authz";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import { ZCourseDeputies, ZCourseInput, ZCourseMaterial } from "./inputs";
import type { TDutyActor } from "./records";
import { committeeScope, dayDate, dayKey, isUuid } from "./scope";
import { checkDocument, fileBytes } from "./uploads";

/**
 * Layered training courses (for standing committee members, township congress chairs, deputies):
 * staff create them, enrol deputies, register attendance for the whole course at once and upload
 * materials. Attendance becomes TRAINING duty records through derived/training.ts.
 */
const audit = (actor: TDutyActor, ctx: TRequestContext, action: "duty.training.create" | "duty.training.enrol" | "duty.training.attendance" | "duty.training.material", objectId: string, detail?: Record<string, number>) => ({
  actor: { id: actor.id, username: actor.username, role: actor.role }, action, objectType: "TrainingCourse", objectId, result: "SUCCESS" as const, ip: ctx.ip, requestId: ctx.requestId, detail,
});

function refuse(issues: { code: string; message: string; path: PropertyKey[] }[]): never {
  const issue = issues[0];
  throw new ActionRefusal(issue?.code === "unrecognized_keys" ? "actions.unknownField" : (issue?.message ?? "actions.invalid"), issue?.code === "unrecognized_keys" ? undefined : String(issue?.path[0] ?? ""));
}

export async function createCourse(actor: TDutyActor, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "duty:manage");
  const committeeId = committeeScope(actor);
  const r = ZCourseInput.safeParse(input);
  if (!r.success) refuse(r.error.issues);
  const d = r.data;
  if (!isDayKey(d.startsOn)) throw new ActionRefusal("duty.errors.dateInvalid", "startsOn");
  const end = endDayProblem(d.startsOn, d.endsOn, now, true);
  if (end) throw new ActionRefusal(end, "endsOn");
  return getDb().$transaction(async (tx) => {
    const c = await tx.trainingCourse.create({ data: { committeeId, title: d.title, audience: d.audience, startsOn: dayDate(d.startsOn), endsOn: dayDate(d.endsOn), place: d.place, description: d.description ?? null }, select: { id: true } });
    await writeAudit(tx, audit(actor, ctx, "duty.training.create", c.id));
    return c;
  });
}

async function ownCourse(actor: TActor, courseId: string) {
  const committeeId = committeeScope(actor);
  const c = isUuid(courseId) ? await getDb().trainingCourse.findUnique({ where: { id: courseId }, select: { id: true, committeeId: true, startsOn: true } }) : null;
  if (!c || c.committeeId !== committeeId) throw new NotFoundError();
  return c;
}

/** Enrols deputies (of the committee only) — or, with `attended`, records that they attended. */
export async function setEnrolment(actor: TDutyActor, input: unknown, mode: "enrol" | "attended", ctx: TRequestContext, now = new Date()): Promise<{ count: number }> {
  assertCan(actor, "duty:manage");
  const r = ZCourseDeputies.safeParse(input);
  if (!r.success) refuse(r.error.issues);
  const course = await ownCourse(actor, r.data.courseId);
  if (mode === "attended" && dayKey(course.startsOn) > now.toISOString().slice(0, 10)) throw new ActionRefusal("duty.errors.courseNotStarted", "deputyIds");
  const ids = [...new Set(r.data.deputyIds)];
  return getDb().$transaction(async (tx) => {
    if ((await tx.deputy.count({ where: { id: { in: ids }, committeeId: course.committeeId } })) !== ids.length) throw new ActionRefusal("duty.errors.deputiesOutOfScope", "deputyIds");
    await tx.trainingEnrolment.createMany({ data: ids.map((deputyId) => ({ courseId: course.id, deputyId })), skipDuplicates: true });
    if (mode === "attended") await tx.trainingEnrolment.updateMany({ where: { courseId: course.id, deputyId: { in: ids } }, data: { attended: true } });
    await writeAudit(tx, audit(actor, ctx, mode === "enrol" ? "duty.training.enrol" : "duty.training.attendance", course.id, { count: ids.length }));
    return { count: ids.length };
  });
}

export async function addMaterial(actor: TDutyActor, input: unknown, ctx: TRequestContext): Promise<{ id: string }> {
  assertCan(actor, "duty:manage");
  const r = ZCourseMaterial.safeParse(input);
  if (!r.success) refuse(r.error.issues);
  const course = await ownCourse(actor, r.data.courseId);
  const raw = await fileBytes(r.data.file);
  if (!raw) throw new ActionRefusal("duty.errors.fileRequired", "file");
  const f = await checkDocument(raw.bytes, raw.name);
  return getDb().$transaction(async (tx) => {
    const m = await tx.trainingMaterial.create({ data: { courseId: course.id, fileName: f.fileName, mime: f.mime, size: f.size, bytes: f.bytes }, select: { id: true } });
    await writeAudit(tx, audit(actor, ctx, "duty.training.material", course.id, { bytes: f.size }));
    return m;
  });
}

export type TCourseRow = { id: string; title: string; audience: TTrainingAudience; startsOn: string; endsOn: string; place: string; enrolled: number; attended: number };

/** Staff and leaders: the committee's courses. A deputy: the courses they are enrolled in. */
export async function listCourses(actor: TActor): Promise<TCourseRow[]> {
  if (actor.role === "DEPUTY") {
    assertCan(actor, "learning:read");
    if (!actor.deputyId) return [];
  }
  const where = actor.role === "DEPUTY" ? { enrolments: { some: { deputyId: actor.deputyId ?? undefined } } } : { committeeId: committeeScope(actor) };
  const rows = await getDb().trainingCourse.findMany({
    where,
    select: { id: true, title: true, audience: true, startsOn: true, endsOn: true, place: true, enrolments: { select: { attended: true } } },
    orderBy: [{ startsOn: "desc" }],
  });
  return rows.map((c) => ({ id: c.id, title: c.title, audience: c.audience, startsOn: dayKey(c.startsOn), endsOn: dayKey(c.endsOn), place: c.place, enrolled: c.enrolments.length, attended: c.enrolments.filter((e) => e.attended).length }));
}

export async function getCourse(actor: TActor, courseId: string) {
  if (!isUuid(courseId)) throw new NotFoundError();
  const c = await getDb().trainingCourse.findUnique({
    where: { id: courseId },
    select: {
      id: true, title: true, audience: true, startsOn: true, endsOn: true, place: true, description: true, committeeId: true,
      enrolments: { select: { attended: true, deputy: { select: { id: true, name: true } } }, orderBy: { deputy: { name: "asc" } } },
      materials: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!c) throw new NotFoundError();
  const isStaffSide = actor.role === "STAFF" || actor.role === "LEADER";
  if (isStaffSide ? c.committeeId !== committeeScope(actor) : !(actor.role === "DEPUTY" && c.enrolments.some((e) => e.deputy.id === actor.deputyId))) throw new NotFoundError();
  return { ...c, startsOn: dayKey(c.startsOn), endsOn: dayKey(c.endsOn), enrolments: isStaffSide ? c.enrolments : c.enrolments.filter((e) => e.deputy.id === actor.deputyId) };
}

export async function getMaterial(actor: TActor, materialId: string): Promise<{ bytes: Uint8Array; mime: string; fileName: string }> {
  if (!isUuid(materialId)) throw new NotFoundError();
  const m = await getDb().trainingMaterial.findUnique({ where: { id: materialId }, select: { courseId: true, bytes: true, mime: true, fileName: true } });
  if (!m) throw new NotFoundError();
  await getCourse(actor, m.courseId); // throws unless the actor may see the course
  return m;
}

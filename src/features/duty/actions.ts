"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import {
  ZAddPhoto, ZAttendanceInput, ZCourseDeputies, ZCourseInput, ZCourseMaterial, ZLearningInput, ZRecordEdit, ZRecordInput,
  ZRecordRef, ZReflectionInput, ZReturnRecord, ZRulesInput, ZStoryInput, ZId,
} from "@/server/duty/inputs";
import { addPhoto, confirmRecord, createRecord, registerAttendance, returnRecord, submitRecord, updateRecord } from "@/server/duty/records";
import { saveRules } from "@/server/duty/rules";
import { createReflection } from "@/server/duty/study";
import { addMaterial, createCourse, setEnrolment } from "@/server/duty/training";
import { createLearning } from "@/server/duty/learning";
import { createStory, publishStory } from "@/server/duty/stories";
import { formRecord } from "@/lib/form-entries";
import { rulesRecord } from "./form-record";

/** Thin: parse (runAction, strict schemas) → one command in src/server/duty → state or redirect. */

export async function createRecordAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const made: { id?: string } = {};
  const state = await runAction(formData, { permission: "duty:recordOwn", schema: ZRecordInput }, async (actor, data, ctx) => {
    made.id = (await createRecord(actor, data, ctx)).id;
    revalidatePath("/duty");
  });
  if (made.id) redirect(`/duty/records/${made.id}?done=saved`);
  return state;
}

export async function updateRecordAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const done: { id?: string } = {};
  const state = await runAction(formData, { permission: "duty:recordOwn", schema: ZRecordEdit }, async (actor, data, ctx) => {
    await updateRecord(actor, data, ctx);
    done.id = data.recordId;
    revalidatePath("/duty");
  });
  if (done.id) redirect(`/duty/records/${done.id}?done=saved`);
  return state;
}

export async function submitRecordAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "duty:recordOwn", schema: ZRecordRef }, async (actor, data, ctx) => {
    await submitRecord(actor, data, ctx);
    revalidatePath(`/duty/records/${data.recordId}`);
    return { ok: true, message: "duty.record.submittedDone" };
  });
}

export async function addPhotoAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "duty:recordOwn", schema: ZAddPhoto }, async (actor, data, ctx) => {
    await addPhoto(actor, data, ctx);
    revalidatePath(`/duty/records/${data.recordId}`);
    return { ok: true, message: "duty.record.created" };
  });
}

export async function confirmRecordAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const done: { id?: string } = {};
  const state = await runAction(formData, { permission: "duty:confirm", schema: ZRecordRef }, async (actor, data, ctx) => {
    await confirmRecord(actor, data, ctx);
    revalidatePath("/duty/review");
    done.id = data.recordId;
  });
  if (done.id) redirect(`/duty/records/${done.id}?done=confirmed`);
  return state;
}

export async function returnRecordAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const done: { id?: string } = {};
  const state = await runAction(formData, { permission: "duty:confirm", schema: ZReturnRecord }, async (actor, data, ctx) => {
    await returnRecord(actor, data, ctx);
    revalidatePath("/duty/review");
    done.id = data.recordId;
  });
  if (done.id) redirect(`/duty/records/${done.id}?done=returned`);
  return state;
}

export async function attendanceAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formRecord(formData, ["deputyIds"]), { permission: "duty:confirm", schema: ZAttendanceInput }, async (actor, data, ctx) => {
    const { count } = await registerAttendance(actor, data, ctx);
    revalidatePath("/duty/review");
    void count;
    return { ok: true, message: "duty.attendance.done" };
  });
}

export async function saveRulesAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(rulesRecord(formData), { permission: "duty:manage", schema: ZRulesInput }, async (actor, data, ctx) => {
    await saveRules(actor, data, ctx);
    revalidatePath("/duty/rules");
    return { ok: true, message: "duty.rules.saved" };
  });
}

export async function reflectionAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "duty:recordOwn", schema: ZReflectionInput }, async (actor, data, ctx) => {
    await createReflection(actor, data, ctx);
    revalidatePath("/duty/study");
    return { ok: true, message: "duty.record.created" };
  });
}

export async function createCourseAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const made: { id?: string } = {};
  const state = await runAction(formData, { permission: "duty:manage", schema: ZCourseInput }, async (actor, data, ctx) => {
    made.id = (await createCourse(actor, data, ctx)).id;
  });
  if (made.id) redirect(`/duty/training/${made.id}`);
  return state;
}

const ZEnrolForm = ZCourseDeputies.extend({ mode: z.enum(["enrol", "attended"], { error: "duty.errors.typeRequired" }) }).strict();

export async function enrolmentAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formRecord(formData, ["deputyIds"]), { permission: "duty:manage", schema: ZEnrolForm }, async (actor, { mode, ...data }, ctx) => {
    await setEnrolment(actor, data, mode, ctx);
    revalidatePath(`/duty/training/${data.courseId}`);
    return { ok: true, message: "duty.training.done" };
  });
}

export async function materialAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "duty:manage", schema: ZCourseMaterial }, async (actor, data, ctx) => {
    await addMaterial(actor, data, ctx);
    revalidatePath(`/duty/training/${data.courseId}`);
    return { ok: true, message: "duty.training.uploaded" };
  });
}

export async function learningAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "duty:manage", schema: ZLearningInput }, async (actor, data, ctx) => {
    await createLearning(actor, data, ctx);
    revalidatePath("/duty/learning");
    return { ok: true, message: "duty.learning.saved" };
  });
}

export async function storyAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "duty:manage", schema: ZStoryInput }, async (actor, data, ctx) => {
    await createStory(actor, data, ctx);
    revalidatePath("/duty/stories");
    return { ok: true, message: "duty.stories.saved" };
  });
}

export async function publishStoryAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "duty:manage", schema: z.object({ storyId: ZId }).strict() }, async (actor, data, ctx) => {
    await publishStory(actor, data.storyId, ctx);
    revalidatePath("/duty/stories");
    return { ok: true, message: "duty.stories.saved" };
  });
}

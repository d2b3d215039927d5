"use server";

import { revalidatePath } from "next/cache";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { assignUnit, proposeCandidate, setDeliberationNote, setShortlisted } from "@/server/livelihood/candidates";
import { createPlan, stepPlan } from "@/server/livelihood/plans";
import { addMilestone, rateProject, recordInspection, reportProgress } from "@/server/livelihood/supervision";
import { addFinding, addParticipants, createTopic } from "@/server/livelihood/topics";
import { castBallot } from "@/server/livelihood/vote";
import { formRecord } from "@/lib/form-entries";
import * as S from "./schemas";

/** Thin: parse the form, call one command in src/server/livelihood, refresh the pages. */
const refresh = () => revalidatePath("/livelihood", "layout");
const done = (message: string): TActionState => {
  refresh();
  return { ok: true, message };
};

export async function createPlanAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:manage", schema: S.ZCreatePlanForm }, async (actor, d, ctx) => {
    const { collectOpensOn, collectClosesOn, ...rest } = d;
    await createPlan(actor, { ...rest, collectOpensAt: `${collectOpensOn}T00:00:00+08:00`, collectClosesAt: `${collectClosesOn}T00:00:00+08:00` }, ctx);
    return done("livelihood.plan.created");
  });
}

export async function stepPlanAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:manage", schema: S.ZStepForm }, async (actor, d, ctx) => {
    await stepPlan(actor, d.planId, d.step, ctx);
    return done("livelihood.plan.stepped");
  });
}

export async function proposeAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:read", schema: S.ZProposeForm }, async (actor, d, ctx) => {
    await proposeCandidate(actor, d.planId, { title: d.title, description: d.description }, ctx);
    return done("livelihood.candidate.proposed");
  });
}

export async function shortlistAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:manage", schema: S.ZShortlistForm }, async (actor, d, ctx) => {
    await setShortlisted(actor, d.candidateId, d.shortlisted === "1", ctx);
    return done("actions.saved");
  });
}

export async function assignUnitAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:manage", schema: S.ZAssignUnitForm }, async (actor, d, ctx) => {
    await assignUnit(actor, d.candidateId, d.unitId, ctx);
    return done("actions.saved");
  });
}

export async function noteAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:manage", schema: S.ZNoteForm }, async (actor, d, ctx) => {
    await setDeliberationNote(actor, d.planId, d.note, ctx);
    return done("actions.saved");
  });
}

export async function voteAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(formRecord(fd, ["choices"]), { permission: "livelihood:vote", schema: S.ZVoteForm }, async (actor, d, ctx) => {
    await castBallot(actor, d.planId, d.choices, ctx);
    return done("livelihood.vote.cast");
  });
}

export async function milestoneAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:manage", schema: S.ZMilestoneForm }, async (actor, d, ctx) => {
    await addMilestone(actor, d.candidateId, { title: d.title, dueOn: d.dueOn }, ctx);
    return done("actions.saved");
  });
}

export async function progressAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:report", schema: S.ZProgressForm }, async (actor, d, ctx) => {
    await reportProgress(actor, d.milestoneId, { progress: d.progress, note: d.note }, ctx);
    return done("livelihood.milestone.reported");
  });
}

export async function inspectionAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:vote", schema: S.ZInspectionForm }, async (actor, d, ctx) => {
    await recordInspection(actor, d.candidateId, { date: d.date, findings: d.findings }, ctx);
    return done("livelihood.inspection.recorded");
  });
}

export async function rateAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:vote", schema: S.ZRateForm }, async (actor, d, ctx) => {
    await rateProject(actor, d.candidateId, d.rating, ctx);
    return done("livelihood.rate.done");
  });
}

export async function topicAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:manage", schema: S.ZTopicForm }, async (actor, d, ctx) => {
    await createTopic(actor, d, ctx);
    return done("livelihood.topic.created");
  });
}

export async function participantsAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(formRecord(fd, ["deputyIds"]), { permission: "livelihood:manage", schema: S.ZParticipantsForm }, async (actor, d, ctx) => {
    await addParticipants(actor, d.topicId, d.deputyIds, ctx);
    return done("actions.saved");
  });
}

export async function findingAction(_p: TActionState, fd: FormData): Promise<TActionState> {
  return runAction(fd, { permission: "livelihood:manage", schema: S.ZFindingForm }, async (actor, d, ctx) => {
    await addFinding(actor, d.topicId, { text: d.text, raise: d.raise === "on" }, ctx);
    return done("livelihood.topic.findingAdded");
  });
}

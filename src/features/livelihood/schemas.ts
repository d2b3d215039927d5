import { z } from "zod";

/**
 * What each livelihood form may send (strict: unknown fields are refused). Values stay strings here;
 * the server commands parse and check them again with their own rules.
 */
const s = z.string().max(4000);
const id = z.string().max(64);
const dayKey = (key: string) => z.string({ error: key }).regex(/^\d{4}-\d{2}-\d{2}$/, key);

export const ZCreatePlanForm = z
  .object({ year: s, title: s, seats: s, collectOpensOn: dayKey("livelihood.plan.errors.date"), collectClosesOn: dayKey("livelihood.plan.errors.date") })
  .strict();
export const ZStepForm = z.object({ planId: id, step: z.enum(["closeCollection", "startDeliberation", "openBallot", "closeBallot", "startEvaluation", "archive"]) }).strict();
export const ZProposeForm = z.object({ planId: id, title: s, description: s }).strict();
export const ZShortlistForm = z.object({ candidateId: id, shortlisted: z.enum(["1", "0"]) }).strict();
export const ZAssignUnitForm = z.object({ candidateId: id, unitId: z.string({ error: "livelihood.candidate.errors.unit" }).min(1, "livelihood.candidate.errors.unit").max(64) }).strict();
export const ZNoteForm = z.object({ planId: id, note: s }).strict();
export const ZVoteForm = z.object({ planId: id, choices: z.array(z.string().max(64)).max(200) }).strict();
export const ZMilestoneForm = z.object({ candidateId: id, title: s, dueOn: s }).strict();
export const ZProgressForm = z.object({ milestoneId: id, progress: s, note: s }).strict();
export const ZInspectionForm = z.object({ candidateId: id, date: s, findings: s }).strict();
export const ZRateForm = z.object({ candidateId: id, rating: z.string({ error: "livelihood.rate.errors.rating" }).max(40) }).strict();
export const ZTopicForm = z.object({ kind: s, year: s, title: s, description: s }).strict();
export const ZParticipantsForm = z.object({ topicId: id, deputyIds: z.array(id).max(300) }).strict();
export const ZFindingForm = z.object({ topicId: id, text: s, raise: z.enum(["on"]).optional() }).strict();

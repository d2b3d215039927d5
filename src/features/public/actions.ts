"use server";

import { runPublicAction } from "@/server/public-actions";
import { ZPublicSubmission } from "@/server/public/input";
import { submitPublicOpinion } from "@/server/public/submit";
import { retryMinutes, type TPublicSubmitState } from "./state";

/** /submit: a resident's opinion, no account; answers with the tracking number. */
export async function submitPublicAction(_prev: TPublicSubmitState, formData: FormData): Promise<TPublicSubmitState> {
  return runPublicAction(formData, ZPublicSubmission, async (data, ctx): Promise<TPublicSubmitState> => {
    const r = await submitPublicOpinion(data, ctx);
    if (r.ok) return { ok: true, trackingNumber: r.trackingNumber };
    if (r.kind === "limited") return { ok: false, message: "public.submit.limited", retryAfterMinutes: retryMinutes(r.retryAfterSeconds) };
    return { ok: false, message: "actions.invalid", fieldErrors: r.fieldErrors };
  });
}

"use server";

import { runPublicAction } from "@/server/public-actions";
import { ZPublicSubmission, ZStationSubmission } from "@/server/public/input";
import { submitPublicOpinion, submitStationOpinion, type TPublicSubmitResult } from "@/server/public/submit";
import { retryMinutes, type TPublicSubmitState } from "./state";

function stateOf(r: TPublicSubmitResult): TPublicSubmitState {
  if (r.ok) return { ok: true, trackingNumber: r.trackingNumber };
  if (r.kind === "limited") return { ok: false, message: "public.submit.limited", retryAfterMinutes: retryMinutes(r.retryAfterSeconds) };
  return { ok: false, message: "actions.invalid", fieldErrors: r.fieldErrors };
}

/** /submit: a resident's opinion, no account; answers with the tracking number. */
export async function submitPublicAction(_prev: TPublicSubmitState, formData: FormData): Promise<TPublicSubmitState> {
  return runPublicAction(formData, ZPublicSubmission, async (data, ctx) => stateOf(await submitPublicOpinion(data, ctx)));
}

/** /s/<stationId>: a station's own one-click form, no account; answers with the tracking number. */
export async function submitStationAction(_prev: TPublicSubmitState, formData: FormData): Promise<TPublicSubmitState> {
  return runPublicAction(formData, ZStationSubmission, async (data, ctx) => stateOf(await submitStationOpinion(data, ctx)));
}

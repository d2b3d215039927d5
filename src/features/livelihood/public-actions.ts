"use server";

import type { TActionState } from "@/lib/action-state";
import { runPublicAction } from "@/server/public-actions";
import { ZPublicProposal, proposePublic } from "@/server/livelihood/public";

/** /livelihood/propose: a resident proposes a candidate project, no account. */
export async function publicProposalAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runPublicAction(formData, ZPublicProposal, async (data, ctx): Promise<TActionState> => {
    const r = await proposePublic(data, ctx);
    if (r.ok) return { ok: true, message: "livelihood.public.thanks" };
    if (r.kind === "limited") return { ok: false, message: "livelihood.public.limited" };
    return { ok: false, message: "actions.invalid", fieldErrors: r.fieldErrors };
  });
}

"use server";

import { z } from "zod";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { verifyChain } from "@/server/audit-log/queries";

export type TVerifyState = TActionState & { checked?: number; brokenId?: string | null };

export async function verifyChainAction(_prev: TVerifyState, formData: FormData): Promise<TVerifyState> {
  let report: { checked: number; brokenId: string | null } | undefined;
  const state = await runAction(formData, { permission: "audit:read", schema: z.object({}).strict() }, async (actor, _data, ctx) => {
    const r = await verifyChain(actor, ctx);
    report = { checked: r.checked, brokenId: r.firstBrokenId?.toString() ?? null };
    return { ok: r.firstBrokenId === null };
  });
  return { ...state, ...(report ?? {}) };
}

"use server";

import { revalidatePath } from "next/cache";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { LoopSettingsRefusal, updateLoopSettings } from "@/server/settings/loop-settings";
import { loopSettingsFromForm, ZLoopSettingsForm } from "./schemas";

/** Staff save their committee's deadline rules and holiday calendar (audited in the command). */
export async function saveLoopSettingsAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "loopSettings:manage", schema: ZLoopSettingsForm }, async (actor, data, ctx) => {
    try {
      await updateLoopSettings(actor, loopSettingsFromForm(data), data.version, ctx);
    } catch (error) {
      if (error instanceof LoopSettingsRefusal) return { ok: false, message: error.messageKey, fieldErrors: error.fieldErrors };
      throw error;
    }
    revalidatePath("/settings/loop");
    return { ok: true, message: "settings.saved" };
  });
}

"use server";

import { ZChangeOwnPassword } from "@/domain/user-schemas";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { changeOwnPassword } from "@/server/account/commands";

export async function changeOwnPasswordAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "account:changeOwnPassword", schema: ZChangeOwnPassword }, async (actor, data, ctx) => {
    await changeOwnPassword(actor, data, ctx);
    return { ok: true, message: "account.changed" };
  });
}

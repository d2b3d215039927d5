"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { transitionItem } from "@/server/items/commands";
import { ConflictError, WorkflowRefusal } from "@/server/items/errors";
import { getItemForViewer } from "@/server/items/queries";
import { ZTransitionForm, transitionFormRecord, transitionInput } from "./schemas";

/** One action of the loop on one item: the workflow table (in transitionItem) decides. */
export async function transitionAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const done: { path?: string } = {};
  const state = await runAction(transitionFormRecord(formData), { permission: "item:read", schema: ZTransitionForm }, async (actor, data, ctx) => {
    // the page the form came from is stale (someone acted since): say so instead of a stage error;
    // a true race after this check is caught by transitionItem's own version check
    if (data.version !== undefined && (await getItemForViewer(actor, data.itemId)).version !== Number(data.version)) throw new ConflictError();
    try {
      await transitionItem(actor, data.itemId, data.action, transitionInput(data.action, data), ctx);
    } catch (error) {
      if (error instanceof WorkflowRefusal && Object.keys(error.fieldErrors).length > 0) {
        return { ok: false, message: "actions.invalid", fieldErrors: error.fieldErrors };
      }
      throw error;
    }
    revalidatePath("/items");
    done.path = `/items/${data.itemId}?done=${data.action}`;
  });
  if (done.path) redirect(done.path);
  return state;
}

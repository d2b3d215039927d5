"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { submitItem } from "@/server/items/commands";
import { ZSubmitItemForm, submissionRecord, uploadsOf } from "./submit-schemas";

/**
 * A deputy's suggestion (with co-sponsors), staff recording one on someone's behalf, or a station
 * manager's record — with its files, all or nothing; then the item's page.
 */
export async function submitItemAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const created: { id?: string } = {};
  const state = await runAction(submissionRecord(formData), { permission: "item:submit", schema: ZSubmitItemForm }, async (actor, data, ctx) => {
    const { attachments, ...rest } = data;
    created.id = (await submitItem(actor, { ...rest, attachments: await uploadsOf(attachments) }, ctx)).id;
    revalidatePath("/items");
  });
  if (created.id) redirect(`/items/${created.id}?submitted=1`);
  return state;
}

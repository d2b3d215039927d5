"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { addItemFiles } from "@/server/attachments/item-files";
import { revealContact } from "@/server/items/contact";
import { ZSubmitItemForm, submissionRecord, uploadsOf } from "../items/submit-schemas";

const ZAddFiles = z
  .object({ itemId: z.string({ error: "actions.notFound" }).max(64, "actions.notFound"), attachments: ZSubmitItemForm.shape.attachments })
  .strict();

/** More files on an item by someone working on it (the server decides who); all or none. */
export async function addFilesAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(submissionRecord(formData), { permission: "item:read", schema: ZAddFiles }, async (actor, data, ctx) => {
    await addItemFiles(actor, data.itemId, await uploadsOf(data.attachments), ctx);
    revalidatePath(`/items/${data.itemId}`);
    return { ok: true, message: "intake.attachments.added" };
  });
}

export type TRevealState = TActionState & { phone?: string };

const ZReveal = z.object({ itemId: z.string({ error: "actions.notFound" }).max(64, "actions.notFound") }).strict();

/** The full phone of a submitter without an account: deputy:revealPii, the committee's staff; audited. */
export async function revealContactAction(_prev: TRevealState, formData: FormData): Promise<TRevealState> {
  const shown: { phone?: string } = {};
  const state = await runAction(formData, { permission: "deputy:revealPii", schema: ZReveal }, async (actor, data, ctx) => {
    shown.phone = await revealContact(actor, data.itemId, ctx);
  });
  return shown.phone ? { ok: true, phone: shown.phone } : state;
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/server/actions";
import { markAllNotificationsRead, markNotificationRead } from "@/server/notifications/notifications";

/** Plain form actions (they work without JavaScript): mark one, or all, of the caller's own as read. */
export async function markNotificationReadAction(formData: FormData): Promise<void> {
  await runAction(formData, { schema: z.object({ id: z.string().max(64) }).strict() }, async (actor, data) => {
    await markNotificationRead(actor, data.id);
  });
  revalidatePath("/", "layout");
}

export async function markAllNotificationsReadAction(formData: FormData): Promise<void> {
  await runAction(formData, { schema: z.object({}).strict() }, async (actor) => {
    await markAllNotificationsRead(actor);
  });
  revalidatePath("/", "layout");
}

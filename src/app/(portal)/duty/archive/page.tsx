import { redirect } from "next/navigation";
import { requirePermission } from "@/server/session";

/** A deputy's own archive. */
export default async function OwnArchivePage() {
  const actor = await requirePermission("duty:recordOwn");
  redirect(actor.deputyId ? `/duty/archive/${actor.deputyId}` : "/duty");
}

import "server-only";
import type { TActor } from "../authz";
import { getDb } from "../db";
import { getItemForViewer, type TItemView } from "./queries";

export type TPrintHistoryRow = TItemView["history"][number] & { detail: unknown };
export type TPrintableItem = { item: TItemView; history: TPrintHistoryRow[] };

/**
 * An item with its full history (each row's stored details: the reply text of a draft, the rating
 * of an evaluation), for the printable forms. Authorized exactly like the item page: an item the
 * viewer may not see does not exist for them (NotFoundError).
 */
export async function getPrintableItem(actor: TActor, id: string, now: Date = new Date()): Promise<TPrintableItem> {
  const item = await getItemForViewer(actor, id, now);
  const rows = await getDb().itemHistory.findMany({
    where: { itemId: item.id },
    select: { at: true, action: true, fromStage: true, toStage: true, round: true, note: true, detail: true, actor: { select: { displayName: true } } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return { item, history: rows.map(({ actor: who, ...h }) => ({ ...h, actorName: who?.displayName ?? null })) };
}

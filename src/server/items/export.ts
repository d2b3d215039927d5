import "server-only";
import { can } from "@/domain/permissions";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { ForbiddenError } from "../errors";
import type { TRequestContext } from "../request-context";
import type { TSessionUser } from "../session";
import { LIST_ORDER, LIST_SELECT, ZListItems, listWhere, toListRow, type TItemListRow, type TListFilters } from "./list";

/** The most rows one export holds; a larger list is cut and the workbook says so. */
export const EXPORT_MAX_ROWS = 5_000;
const BATCH = 500;

export type TExportRow = TItemListRow & { body: string; coUnits: string[] };
export type TItemExport = { rows: TExportRow[]; total: number; truncated: boolean; filters: Omit<TListFilters, "page" | "pageSize">; at: Date };

const ZExportFilter = ZListItems.omit({ page: true, pageSize: true });

const auditActor = (actor: TSessionUser) => ({ id: actor.id, username: actor.username, role: actor.role });

/**
 * The caller's filtered list, as the list page shows it (same scope, same filters, same order),
 * without pagination and at most EXPORT_MAX_ROWS rows, read in batches. Every export writes an
 * audit row (with the filters and the number of rows); a refused one writes a DENIED row.
 */
export async function exportItems(
  actor: TSessionUser,
  filters: unknown,
  ctx: TRequestContext,
  now: Date = new Date(),
  { max = EXPORT_MAX_ROWS, batch = BATCH }: { max?: number; batch?: number } = {},
): Promise<TItemExport> {
  const db = getDb();
  if (!can(actor.role, "item:export")) {
    await recordAudit(db, { actor: auditActor(actor), action: "item.export", objectType: "Item", result: "DENIED", ip: ctx.ip, requestId: ctx.requestId, at: now });
    throw new ForbiddenError(`${actor.role} lacks item:export`);
  }
  const f = ZExportFilter.strict().parse(filters);
  const where = listWhere(actor, { ...f, page: 1, pageSize: 1 }, now);
  const total = await db.item.count({ where });
  const rows: TExportRow[] = [];
  let cursor: string | null = null;
  const fetchBatch = (after: string | null, take: number) =>
    db.item.findMany({
      where,
      select: { ...LIST_SELECT, body: true, units: { where: { role: "CO" }, select: { unit: { select: { name: true } } }, orderBy: { unit: { name: "asc" } } } },
      orderBy: LIST_ORDER,
      take,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
  while (rows.length < Math.min(total, max)) {
    const page = await fetchBatch(cursor, Math.min(batch, max - rows.length));
    if (page.length === 0) break;
    for (const { body, units, ...row } of page) rows.push({ ...toListRow(row, now), body, coUnits: units.map((u) => u.unit.name) });
    cursor = page[page.length - 1]?.id ?? null;
  }
  const truncated = total > rows.length;
  await recordAudit(db, {
    actor: auditActor(actor),
    action: "item.export",
    objectType: "Item",
    result: "SUCCESS",
    ip: ctx.ip,
    requestId: ctx.requestId,
    detail: { rows: rows.length, total, truncated, filters: JSON.stringify(f).slice(0, 400) },
    at: now,
  });
  return { rows, total, truncated, filters: f, at: now };
}

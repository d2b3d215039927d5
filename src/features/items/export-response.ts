import "server-only";
import { getTranslations } from "next-intl/server";
import { shanghaiDayKey } from "@/domain/calendar/shanghai";
import { ForbiddenError, UnauthenticatedError, isDatabaseUnavailable } from "@/server/errors";
import { EXPORT_MAX_ROWS, exportItems } from "@/server/items/export";
import { requestContext } from "@/server/request-context";
import { requireActor } from "@/server/session";
import { attachmentDisposition, buildItemsWorkbook, type TTranslate } from "./export-workbook";
import { toListFilter, ZItemSearch } from "./search-params";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function plain(message: string, status: number): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * GET /items/export?<the list's parameters>: the caller's filtered list as .xlsx. The session, the
 * permission, the scope and the audit row are all src/server's (exportItems); this only reads the
 * URL and writes the file.
 */
export async function itemsExportResponse(request: Request): Promise<Response> {
  const t = await getTranslations();
  const tr: TTranslate = (key, values) => t(key as Parameters<typeof t>[0], values);
  const url = new URL(request.url);
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in query)) query[k] = v;
  const filters: Partial<ReturnType<typeof toListFilter>> = toListFilter(ZItemSearch.parse(query));
  delete filters.page; // the export is the whole filtered list, not one page
  try {
    const actor = await requireActor("item:read");
    const data = await exportItems(actor, filters, requestContext(request.headers));
    const body = await buildItemsWorkbook(data, tr, EXPORT_MAX_ROWS);
    const day = shanghaiDayKey(data.at);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": attachmentDisposition(`${tr("itemLists.export.filename")}-${day}.xlsx`, `items-${day}.xlsx`),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof UnauthenticatedError) return plain(tr("errors.sessionExpired"), 401);
    if (error instanceof ForbiddenError) return plain(tr("itemLists.export.denied"), 403);
    if (isDatabaseUnavailable(error)) return plain(tr("errors.unavailable"), 503);
    throw error;
  }
}

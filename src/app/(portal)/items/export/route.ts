import { itemsExportResponse } from "@/features/items/export-response";

export const dynamic = "force-dynamic";

/** GET /items/export?<the list's filters>: the filtered list as .xlsx (src/features/items/export-response.ts). */
export function GET(request: Request): Promise<Response> {
  return itemsExportResponse(request);
}

import { downloadItemFile } from "@/server/attachments/item-files";
import { ForbiddenError, NotFoundError, UnauthenticatedError, isDatabaseUnavailable } from "@/server/errors";
import { requestContext } from "@/server/request-context";
import { requireActor } from "@/server/session";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name. */
function disposition(name: string): string {
  const ext = name.includes(".") ? name.slice(name.lastIndexOf(".")) : "";
  const ascii = `attachment${ext.replace(/[^A-Za-z0-9.]/g, "")}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * GET /api/attachments/<id>: one file of an item, for whoever may see the item (canSee), always as
 * a download (never rendered by the browser), audited. Anyone else gets 404, as for the item.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const actor = await requireActor("item:read");
    const { id } = await params;
    const file = await downloadItemFile(actor, id, requestContext(request.headers));
    return new Response(file.bytes, {
      status: 200,
      headers: {
        "Content-Type": file.mime,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": disposition(file.name),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof UnauthenticatedError) return plain(401, "unauthenticated");
    if (error instanceof ForbiddenError) return plain(403, "forbidden");
    if (error instanceof NotFoundError) return plain(404, "not found");
    if (isDatabaseUnavailable(error)) return plain(503, "unavailable");
    throw error;
  }
}

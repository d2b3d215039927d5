import "server-only";
import { ForbiddenError, NotFoundError } from "../errors";
import { getSessionUser, type TSessionUser } from "../session";

/**
 * A stored file as a download: signed-in readers only, attachment with a server-made name, nosniff
 * and private caching (security.md #13). 404 for anything the reader may not see.
 */
export async function fileResponse(load: (actor: TSessionUser) => Promise<{ bytes: Uint8Array; mime: string; fileName: string }>): Promise<Response> {
  const actor = await getSessionUser();
  if (!actor) return new Response(null, { status: 401 });
  try {
    const f = await load(actor);
    return new Response(Buffer.from(f.bytes), {
      headers: {
        "Content-Type": f.mime,
        "Content-Disposition": `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, max-age=300",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ForbiddenError) return new Response(null, { status: 404 });
    throw e;
  }
}

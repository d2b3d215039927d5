import { headers } from "next/headers";
import { ForbiddenError, NotFoundError, UnauthenticatedError, isDatabaseUnavailable } from "@/server/errors";
import { downloadGroupReport } from "@/server/groups/reports";
import { requestContext } from "@/server/request-context";
import { requireActor } from "@/server/session";

/**
 * A research report's bytes, for readers of its group only; audited. Always an attachment with
 * nosniff, whatever the file claims to be (security.md #13).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const actor = await requireActor("group:read");
    const { id } = await params;
    const file = await downloadGroupReport(actor, id, requestContext(await headers()));
    return new Response(Buffer.from(file.bytes), {
      status: 200,
      headers: {
        "Content-Type": file.mime,
        "Content-Disposition": `attachment; filename="report.${file.fileName.split(".").pop()}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof UnauthenticatedError) return new Response("Unauthorized", { status: 401 });
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    if (isDatabaseUnavailable(error)) return new Response("Service unavailable", { status: 503, headers: { "Retry-After": "30" } });
    throw error;
  }
}

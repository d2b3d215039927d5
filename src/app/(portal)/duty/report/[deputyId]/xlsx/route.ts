import { getTranslations } from "next-intl/server";
import { yearParam } from "@/server/duty/archive";
import { exportReport } from "@/server/duty/report-xlsx";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { requestContext } from "@/server/request-context";
import { getSessionUser } from "@/server/session";

/** The annual duty report as .xlsx (exceljs), for whoever may read the deputy's archive; audited. */
export async function GET(req: Request, { params }: { params: Promise<{ deputyId: string }> }) {
  const actor = await getSessionUser();
  if (!actor) return new Response(null, { status: 401 });
  const { deputyId } = await params;
  const year = yearParam(new URL(req.url).searchParams.get("year") ?? undefined);
  const t = await getTranslations("duty");
  try {
    const { buffer, fileName } = await exportReport(actor, deputyId, year, (key, values) => t(key as "archive.points", values), requestContext(req.headers));
    return new Response(new Uint8Array(buffer), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ForbiddenError) return new Response(null, { status: 404 });
    throw e;
  }
}

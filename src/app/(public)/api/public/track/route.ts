import { json, limited, translate, unavailable } from "@/features/public/http";
import { requestContext } from "@/server/request-context";
import { trackItem } from "@/server/public/track";

export const dynamic = "force-dynamic";

/** GET /api/public/track?no=…: 200 with the public status, 400 malformed, 404 unknown, 429 limited. */
export async function GET(request: Request): Promise<Response> {
  const no = new URL(request.url).searchParams.get("no") ?? "";
  try {
    const r = await trackItem(no, requestContext(request.headers));
    if (r.kind === "found") return json({ status: r.status }, 200);
    if (r.kind === "limited") return limited(r.retryAfterSeconds, "public.track.limited");
    if (r.kind === "malformed") return json({ error: "malformed", message: await translate("public.track.malformed") }, 400);
    return json({ error: "notFound", message: await translate("public.track.notFound") }, 404);
  } catch (error) {
    return unavailable(error);
  }
}

import { json, limited, translate, translateAll, unavailable } from "@/features/public/http";
import { requestContext } from "@/server/request-context";
import { submitPublicOpinion } from "@/server/public/submit";

export const dynamic = "force-dynamic";

const MAX_BYTES = 32 * 1024;

/**
 * POST /api/public/submissions (JSON): the one-click form for clients that are not our page.
 * 201 with the tracking number, 400 with field errors, 429 with Retry-After, 503 when the database
 * is down. Same command as the /submit server action.
 */
export async function POST(request: Request): Promise<Response> {
  const type = request.headers.get("content-type") ?? "";
  // JSON only: a cross-site form post cannot send it without a CORS preflight, which we never grant
  if (!type.toLowerCase().startsWith("application/json")) return json({ error: "unsupportedMediaType" }, 415);
  const text = await request.text();
  if (text.length > MAX_BYTES) return json({ error: "tooLarge" }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ error: "invalid", message: await translate("actions.invalid"), fieldErrors: {} }, 400);
  }
  try {
    const r = await submitPublicOpinion(body, requestContext(request.headers));
    if (r.ok) return json({ trackingNumber: r.trackingNumber, created: r.created }, r.created ? 201 : 200);
    if (r.kind === "limited") return limited(r.retryAfterSeconds, "public.submit.limited");
    return json({ error: "invalid", message: await translate("actions.invalid"), fieldErrors: await translateAll(r.fieldErrors) }, 400);
  } catch (error) {
    return unavailable(error);
  }
}

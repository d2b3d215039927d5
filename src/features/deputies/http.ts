import "server-only";
import { getTranslations } from "next-intl/server";
import { MAX_ROSTER_BYTES } from "@/domain/roster/columns";
import { sameOrigin } from "@/server/action-input";
import { ImportRefusal } from "@/server/deputies/errors";
import { commitImport } from "@/server/deputies/import/commit";
import { getImportJob } from "@/server/deputies/import/queries";
import { stageImport } from "@/server/deputies/import/stage";
import { exportDeputies, rosterTemplate } from "@/server/deputies/xlsx";
import { ForbiddenError, isDatabaseUnavailable, NotFoundError, UnauthenticatedError } from "@/server/errors";
import { requestContext } from "@/server/request-context";
import { requireActor } from "@/server/session";
import { parseDeputySearch, toFilters } from "./search-params";

/**
 * The register's route handlers (uploads, the streamed import, downloads). Each checks the origin
 * of a POST, the session and the permission itself; the commands check scope and objects again.
 */
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const NO_STORE = { "Cache-Control": "no-store" } as const;

async function say(key: string, values?: Record<string, string | number>): Promise<string> {
  const t = await getTranslations();
  type TKey = Parameters<typeof t>[0];
  return t.has(key as TKey) ? t(key as TKey, values) : t("errors.badInput");
}

async function fail(status: number, key: string): Promise<Response> {
  return Response.json({ ok: false, message: await say(key) }, { status, headers: NO_STORE });
}

/** Maps what src/server throws to an answer; anything unexpected is rethrown (a 500, logged). */
async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UnauthenticatedError) return fail(401, "actions.signInAgain");
    if (error instanceof ForbiddenError) return fail(403, "actions.forbidden");
    if (error instanceof NotFoundError) return fail(404, "actions.notFound");
    if (error instanceof ImportRefusal) return fail(409, error.messageKey);
    if (isDatabaseUnavailable(error)) return fail(503, "actions.unavailable");
    throw error;
  }
}

/** The body, at most `max` bytes; null when it is longer (reading stops there). */
async function readCapped(request: Request, max: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * POST /deputies/import/upload?committee=…&name=… with the workbook as the raw body. A declared
 * length over 10 MB is refused before reading anything (413); a body that turns out longer is
 * cut off at 10 MB and refused too.
 */
export async function handleUpload(request: Request): Promise<Response> {
  return answer(async () => {
    if (!sameOrigin(request.headers)) return fail(403, "actions.badOrigin");
    const actor = await requireActor("deputy:write");
    const declared = Number(request.headers.get("content-length") ?? "NaN");
    if (Number.isFinite(declared) && declared > MAX_ROSTER_BYTES) return fail(413, "register.import.refusals.tooLarge");
    const url = new URL(request.url);
    const committeeId = url.searchParams.get("committee") ?? "";
    const name = (url.searchParams.get("name") ?? "roster.xlsx").slice(0, 200);
    const bytes = await readCapped(request, MAX_ROSTER_BYTES);
    if (bytes === null) return fail(413, "register.import.refusals.tooLarge");
    const result = await stageImport(actor, { name, bytes }, committeeId, requestContext(request.headers));
    if (!result.ok) return fail(422, `register.import.refusals.${result.refusal}`);
    return Response.json({ ok: true, importId: result.importId, status: result.status }, { headers: NO_STORE });
  });
}

/**
 * POST /deputies/import/{id}/commit: runs the one import transaction and streams its progress as
 * lines of JSON ({"done":…,"total":…}, then {"ok":true,"imported":…} or {"ok":false,"message":…}).
 */
export async function handleCommit(request: Request, importId: string): Promise<Response> {
  return answer(async () => {
    if (!sameOrigin(request.headers)) return fail(403, "actions.badOrigin");
    const actor = await requireActor("deputy:write");
    // someone else's or nobody's import: a plain 404 before any stream starts (answer() maps it)
    await getImportJob(actor, importId);
    const ctx = requestContext(request.headers);
    const encoder = new TextEncoder();
    const failMessage = async (error: unknown): Promise<string> => {
      if (error instanceof ImportRefusal) return say(error.messageKey);
      if (error instanceof NotFoundError) return say("actions.notFound");
      if (error instanceof ForbiddenError) return say("actions.forbidden");
      if (isDatabaseUnavailable(error)) return say("actions.unavailable");
      console.error("deputy import failed", error);
      return say("errors.badInput");
    };
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        try {
          const { imported } = await commitImport(actor, importId, ctx, (p) => send(p));
          send({ ok: true, imported });
        } catch (error) {
          send({ ok: false, message: await failMessage(error) });
        }
        controller.close();
      },
    });
    return new Response(stream, { headers: { ...NO_STORE, "Content-Type": "application/x-ndjson; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
  });
}

function attachment(bytes: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...NO_STORE,
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename="deputies.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export async function handleTemplate(): Promise<Response> {
  return answer(async () => {
    await requireActor("deputy:write");
    return attachment(await rosterTemplate(), "代表名册模板.xlsx");
  });
}

/** GET /deputies/export?… — the list's own filters; masked numbers; audited. */
export async function handleExport(request: Request): Promise<Response> {
  return answer(async () => {
    const actor = await requireActor("deputy:read");
    const search = parseDeputySearch(Object.fromEntries(new URL(request.url).searchParams));
    const filters = { ...toFilters(search), page: undefined };
    const { bytes } = await exportDeputies(actor, filters, requestContext(request.headers));
    return attachment(bytes, "代表名单.xlsx");
  });
}

import "server-only";
import { ActionRefusal } from "../actions";
import { submitItem } from "../items/commands";
import { SubmissionLimited } from "../items/submit-limits";
import type { TRequestContext } from "../request-context";
import { ZPublicSubmission, ZStationSubmission, fieldErrorsOf } from "./input";

/**
 * The public forms: /submit (and POST /api/public/submissions) and each station's own form at
 * /s/<stationId>. No account. Each is a strict schema of what a resident may send, mapped onto the
 * one command every submission goes through (submitItem with no actor): rate-limited per address and
 * per phone (security.md #14), idempotent on the client's key (#17), the phone stored only encrypted
 * (#11), the item, its history row and its audit row committed together.
 */
export { CONTACT_CONTEXT } from "../items/contact";

const SOURCE = "PUBLIC_OPINION";
const STATION_TITLE_CHARS = 30;

export type TPublicSubmitResult =
  | { ok: true; trackingNumber: string; created: boolean }
  | { ok: false; kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { ok: false; kind: "limited"; retryAfterSeconds: number };

async function submitAsPublic(input: Record<string, unknown>, ctx: TRequestContext, now: Date): Promise<TPublicSubmitResult> {
  try {
    const r = await submitItem(null, { source: SOURCE, ...input }, ctx, now);
    return { ok: true, trackingNumber: r.trackingNumber, created: r.created };
  } catch (error) {
    if (error instanceof SubmissionLimited) return { ok: false, kind: "limited", retryAfterSeconds: error.retryAfterSeconds };
    if (error instanceof ActionRefusal) return { ok: false, kind: "invalid", fieldErrors: { [error.field ?? "_form"]: [error.messageKey] } };
    throw error;
  }
}

/** /submit: a committee chosen by the resident. */
export async function submitPublicOpinion(input: unknown, ctx: TRequestContext, now: Date = new Date()): Promise<TPublicSubmitResult> {
  const parsed = ZPublicSubmission.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  return submitAsPublic({ ...parsed.data }, ctx, now);
}

/** The title of a station-form opinion: its first line, shortened (the resident writes only the text). */
export function titleFromBody(body: string): string {
  const first = (body.split(/\r?\n/).find((line) => line.trim() !== "") ?? body).trim();
  const chars = Array.from(first);
  return chars.length <= STATION_TITLE_CHARS ? first : `${chars.slice(0, STATION_TITLE_CHARS).join("")}…`;
}

/** /s/<stationId>: addressed to the station's committee, the station recorded on the item. */
export async function submitStationOpinion(input: unknown, ctx: TRequestContext, now: Date = new Date()): Promise<TPublicSubmitResult> {
  const parsed = ZStationSubmission.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  return submitAsPublic({ ...parsed.data, title: titleFromBody(parsed.data.body) }, ctx, now);
}

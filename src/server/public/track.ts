import "server-only";
import { formatTrackingNumber, parseTrackingNumber } from "@/domain/tracking-number";
import type { TStage } from "@/domain/workflow/stages";
import { getDb } from "../db";
import { consumeRateLimit } from "../rate-limit";
import type { TRequestContext } from "../request-context";

/**
 * The public status page (一问题一编号): an item looked up by its tracking number shows only what
 * a stranger holding the number may see — no names, no phones, no units' staff.
 */
export type TPublicStatus = {
  trackingNumber: string;
  title: string;
  stage: TStage;
  submittedAt: string;
  updatedAt: string;
  /** the reply, once it has been delivered */
  replyText: string | null;
};

export type TTrackResult =
  | { kind: "found"; status: TPublicStatus }
  | { kind: "malformed" }
  | { kind: "notFound" }
  | { kind: "limited"; retryAfterSeconds: number };

const DELIVERED: readonly TStage[] = ["REPLIED", "CLOSED"];

export async function trackItem(raw: unknown, ctx: TRequestContext): Promise<TTrackResult> {
  // a malformed or mistyped number is answered without touching the database
  const parsed = parseTrackingNumber(raw);
  if (!parsed) return { kind: "malformed" };
  const limit = await consumeRateLimit("trackLookupPerIp", ctx.ip ?? "unknown");
  if (!limit.allowed) return { kind: "limited", retryAfterSeconds: limit.retryAfterSeconds };
  const item = await getDb().item.findUnique({
    where: { trackingNumber: formatTrackingNumber(parsed) },
    select: { trackingNumber: true, title: true, stage: true, createdAt: true, updatedAt: true, replyText: true },
  });
  if (!item) return { kind: "notFound" };
  return {
    kind: "found",
    status: {
      trackingNumber: item.trackingNumber,
      title: item.title,
      stage: item.stage,
      submittedAt: item.createdAt.toISOString(),
      updatedAt: item.updatedAt.toISOString(),
      replyText: DELIVERED.includes(item.stage) ? (item.replyText ?? null) : null,
    },
  };
}

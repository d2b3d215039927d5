import "server-only";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import { encryptPii } from "../crypto/pii-cipher";
import { getDb } from "../db";
import { allocateTrackingNumber } from "../items/commands";
import { ZSubmitItem, resolveSubmission } from "../items/submit-input";
import { consumeRateLimit } from "../rate-limit";
import type { TRequestContext } from "../request-context";
import { ZPublicSubmission, fieldErrorsOf } from "./input";

/**
 * The one-click public form (民意诉求一键提交), shared by the server action behind /submit and the
 * route POST /api/public/submissions. No account: rate-limited per client address and per phone
 * (security.md #14), idempotent on the client's key (#17), the phone stored only encrypted
 * (#11, context "Item.contact"). The item, its history row and its audit row commit together.
 */
export const CONTACT_CONTEXT = "Item.contact";
const SOURCE = "PUBLIC_OPINION";
const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

export type TPublicSubmitResult =
  | { ok: true; trackingNumber: string; created: boolean }
  | { ok: false; kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { ok: false; kind: "limited"; retryAfterSeconds: number };

/** An earlier public submission with this key (a double click, a retry): its number, once more. */
async function byKey(key: string): Promise<string | null> {
  const found = await getDb().item.findUnique({ where: { idempotencyKey: key }, select: { trackingNumber: true, createdById: true, source: true } });
  if (!found) return null;
  // a key taken by a signed-in user's item is not a way to learn its number
  if (found.createdById !== null || found.source !== SOURCE) throw new ActionRefusal("workflow.submit.errors.keyInvalid", "idempotencyKey");
  return found.trackingNumber;
}

export async function submitPublicOpinion(input: unknown, ctx: TRequestContext, now: Date = new Date()): Promise<TPublicSubmitResult> {
  const parsed = ZPublicSubmission.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;
  try {
    const earlier = await byKey(data.idempotencyKey);
    if (earlier) return { ok: true, trackingNumber: earlier, created: false };

    const perIp = await consumeRateLimit("publicSubmitPerIp", ctx.ip ?? "unknown");
    if (!perIp.allowed) return { ok: false, kind: "limited", retryAfterSeconds: perIp.retryAfterSeconds };
    const perPhone = await consumeRateLimit("publicSubmitPerPhone", data.phone);
    if (!perPhone.allowed) return { ok: false, kind: "limited", retryAfterSeconds: perPhone.retryAfterSeconds };

    const contactCipher = encryptPii(data.phone, CONTACT_CONTEXT);
    const item = ZSubmitItem.parse({
      source: SOURCE,
      title: data.title,
      body: data.body,
      committeeId: data.committeeId,
      submitterName: data.submitterName,
      idempotencyKey: data.idempotencyKey,
    });
    const trackingNumber = await getDb().$transaction(async (tx) => {
      const s = await resolveSubmission(tx, null, item);
      const number = await allocateTrackingNumber(tx, SOURCE, now);
      const created = await tx.item.create({
        data: {
          trackingNumber: number,
          source: SOURCE,
          title: item.title,
          body: item.body,
          committeeId: s.committeeId,
          submitterName: s.submitterName,
          contactCipher,
          idempotencyKey: item.idempotencyKey,
          createdById: null,
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.itemHistory.create({
        data: { itemId: created.id, at: now, actorId: null, action: "submit", fromStage: null, toStage: "SUBMITTED", round: 1 },
      });
      await writeAudit(tx, {
        actor: null,
        action: "item.submit",
        objectType: "Item",
        objectId: created.id,
        result: "SUCCESS",
        ip: ctx.ip,
        requestId: ctx.requestId,
        detail: { source: SOURCE, trackingNumber: number },
        at: now,
      });
      return number;
    }, TX_OPTIONS);
    return { ok: true, trackingNumber, created: true };
  } catch (error) {
    if (error instanceof ActionRefusal) {
      return { ok: false, kind: "invalid", fieldErrors: { [error.field ?? "_form"]: [error.messageKey] } };
    }
    // a simultaneous double submit: the unique key let one through; answer with that one
    const winner = await byKey(data.idempotencyKey).catch(() => null);
    if (winner) return { ok: true, trackingNumber: winner, created: false };
    throw error;
  }
}

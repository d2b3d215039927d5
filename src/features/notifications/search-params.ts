import { z } from "zod";

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** GET parameters of /notifications; a bad value falls back to its default (never a 500). */
export const ZNotificationSearch = z.object({
  unread: z.preprocess(first, z.literal("1").optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});

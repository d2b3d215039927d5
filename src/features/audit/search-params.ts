import { z } from "zod";
import { AUDIT_RESULTS } from "@/domain/vocabulary";

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown): unknown => {
  const s = first(v);
  return typeof s === "string" && s.trim() === "" ? undefined : s;
};

/** GET filters of the audit log; a bad value falls back to its default. */
export const ZAuditSearch = z.object({
  action: z.preprocess(blank, z.string().trim().max(64).regex(/^[a-z.]+$/).optional()).catch(undefined),
  actor: z.preprocess(blank, z.string().trim().max(64).optional()).catch(undefined),
  result: z.preprocess(blank, z.enum(AUDIT_RESULTS).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

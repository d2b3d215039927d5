import { z } from "zod";
import { ROLES } from "@/domain/roles";

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown): unknown => {
  const s = first(v);
  return typeof s === "string" && s.trim() === "" ? undefined : s;
};

/** GET filters of the user list; each bad value falls back to its default (never a 500). */
export const ZUserSearch = z.object({
  q: z.preprocess(blank, z.string().trim().max(64).optional()).catch(undefined),
  role: z.preprocess(blank, z.enum(ROLES).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

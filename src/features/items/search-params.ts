import { z } from "zod";
import { STAGES } from "@/domain/workflow/stages";

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown): unknown => {
  const s = first(v);
  return typeof s === "string" && s.trim() === "" ? undefined : s;
};

/** GET filters of the item list; each bad value falls back to its default (never a 500). */
export const ZItemSearch = z.object({
  stage: z.preprocess(blank, z.enum(STAGES).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});
export type TItemSearch = z.output<typeof ZItemSearch>;

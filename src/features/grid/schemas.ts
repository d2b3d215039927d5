import { z } from "zod";

export const GRID_LIMITS = { name: 60, description: 200, title: 120, body: 4800, resident: 60 } as const;

const req = (max: number) => z.string({ error: "stations.errors.required" }).trim().min(1, "stations.errors.required").max(max, "stations.errors.tooLong");
const opt = (max: number) => z.string({ error: "stations.errors.tooLong" }).trim().max(max, "stations.errors.tooLong").optional().transform((s) => (s ? s : undefined));
const id = z.guid({ error: "stations.errors.choice" });

export const ZCellForm = z
  .object({ regionId: id, name: req(GRID_LIMITS.name), description: opt(GRID_LIMITS.description), deputyIds: z.array(id, { error: "stations.errors.choice" }).max(500).default([]) })
  .strict();

export const ZFindingForm = z.object({ cellId: id, title: req(GRID_LIMITS.title), body: req(GRID_LIMITS.body), residentName: opt(GRID_LIMITS.resident) }).strict();

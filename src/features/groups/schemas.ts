import { z } from "zod";
import { GROUP_ACTIVITY_KINDS } from "@/domain/stations/kinds";

export const GROUP_LIMITS = { theme: 120, title: 120, place: 160, summary: 2000 } as const;

const req = (max: number) => z.string({ error: "stations.errors.required" }).trim().min(1, "stations.errors.required").max(max, "stations.errors.tooLong");
const opt = (max: number) => z.string({ error: "stations.errors.tooLong" }).trim().max(max, "stations.errors.tooLong").optional().transform((s) => (s ? s : undefined));
const id = z.guid({ error: "stations.errors.choice" });

export const ZThemeForm = z.object({ groupId: id, year: z.coerce.number({ error: "groups.errors.year" }).int("groups.errors.year").min(2000, "groups.errors.year").max(2100, "groups.errors.year"), title: req(GROUP_LIMITS.theme) }).strict();

export const ZActivityForm = z
  .object({
    groupId: id,
    kind: z.enum(GROUP_ACTIVITY_KINDS, { error: "stations.errors.choice" }),
    title: req(GROUP_LIMITS.title),
    heldOn: z.string({ error: "stations.errors.date" }).regex(/^\d{4}-\d{2}-\d{2}$/, "stations.errors.date"),
    place: opt(GROUP_LIMITS.place),
    summary: opt(GROUP_LIMITS.summary),
    deputyIds: z.array(id, { error: "stations.errors.choice" }).max(500).default([]),
  })
  .strict();

/** The file itself is checked on the server (size, magic bytes); here only that one was sent. */
export const ZReportForm = z
  .object({ groupId: id, activityId: id, title: req(GROUP_LIMITS.title), file: z.instanceof(File, { error: "groups.errors.fileRequired" }).refine((f) => f.size > 0, "groups.errors.fileRequired") })
  .strict();

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can } from "@/domain/permissions";
import type { TDutyRecordStatus, TDutyRecordType } from "@/domain/duty/record-types";
import type { TActor } from "../authz";
import { assertCan } from "../authz";
import { getDb } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { committeeScope, dayKey, isUuid, mayReadDeputy } from "./scope";

/**
 * Duty records as their readers see them. A deputy reads only their own records (drafts included);
 * STAFF and LEADER read their committee's deputies' records once submitted (a draft stays private).
 */
export type TRecordRow = {
  id: string;
  deputyId: string;
  deputyName: string;
  type: TDutyRecordType;
  date: string;
  endDate: string | null;
  place: string;
  status: TDutyRecordStatus;
  origin: string;
  photoCount: number;
};

export type TRecordView = TRecordRow & {
  description: string;
  participants: string | null;
  returnReason: string | null;
  confirmedAt: Date | null;
  photoIds: string[];
  canEdit: boolean;
  canReview: boolean;
};

function whereFor(actor: TActor): Prisma.DutyRecordWhereInput {
  if (actor.role === "DEPUTY") {
    assertCan(actor, "duty:recordOwn");
    if (!actor.deputyId) throw new ForbiddenError("no deputy record");
    return { deputyId: actor.deputyId };
  }
  return { deputy: { committeeId: committeeScope(actor) }, status: { not: "DRAFT" } };
}

const ROW_SELECT = {
  id: true,
  deputyId: true,
  type: true,
  date: true,
  endDate: true,
  place: true,
  status: true,
  origin: true,
  deputy: { select: { name: true, committeeId: true } },
  _count: { select: { photos: true } },
} as const;

type TRowData = Prisma.DutyRecordGetPayload<{ select: typeof ROW_SELECT }>;
const toRow = (r: TRowData): TRecordRow => ({
  id: r.id,
  deputyId: r.deputyId,
  deputyName: r.deputy.name,
  type: r.type,
  date: dayKey(r.date),
  endDate: r.endDate ? dayKey(r.endDate) : null,
  place: r.place,
  status: r.status,
  origin: r.origin,
  photoCount: r._count.photos,
});

export const RECORD_PAGE_SIZE = 30;

export async function listRecords(actor: TActor, filter: { status?: TDutyRecordStatus; page?: number } = {}): Promise<{ rows: TRecordRow[]; total: number }> {
  const where: Prisma.DutyRecordWhereInput = { ...whereFor(actor), ...(filter.status ? { status: filter.status } : {}) };
  const page = Math.max(1, filter.page ?? 1);
  const [rows, total] = await Promise.all([
    getDb().dutyRecord.findMany({ where, select: ROW_SELECT, orderBy: [{ date: "desc" }, { id: "desc" }], skip: (page - 1) * RECORD_PAGE_SIZE, take: RECORD_PAGE_SIZE }),
    getDb().dutyRecord.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** One record, if the actor may read it; NotFound otherwise (including a forged or malformed id). */
export async function getRecord(actor: TActor, recordId: string): Promise<TRecordView> {
  if (!isUuid(recordId)) throw new NotFoundError();
  const r = await getDb().dutyRecord.findFirst({
    where: { id: recordId, ...whereFor(actor) },
    select: { ...ROW_SELECT, description: true, participants: true, returnReason: true, confirmedAt: true, photos: { select: { id: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!r) throw new NotFoundError();
  const own = actor.role === "DEPUTY";
  return {
    ...toRow(r),
    description: r.description,
    participants: r.participants,
    returnReason: r.returnReason,
    confirmedAt: r.confirmedAt,
    photoIds: r.photos.map((p) => p.id),
    canEdit: own && r.origin === "MANUAL" && (r.status === "DRAFT" || r.status === "RETURNED"),
    canReview: can(actor.role, "duty:confirm") && r.status === "SUBMITTED",
  };
}

/** A photo's bytes, for whoever may read its record. */
export async function getPhoto(actor: TActor, photoId: string): Promise<{ bytes: Uint8Array; mime: string }> {
  if (!isUuid(photoId)) throw new NotFoundError();
  const p = await getDb().dutyPhoto.findUnique({
    where: { id: photoId },
    select: { bytes: true, mime: true, record: { select: { status: true, deputyId: true, deputy: { select: { id: true, committeeId: true } } } } },
  });
  if (!p) throw new NotFoundError();
  if (actor.role !== "DEPUTY") assertCan(actor, "duty:read");
  if (!mayReadDeputy(actor, p.record.deputy)) throw new NotFoundError();
  if (actor.role !== "DEPUTY" && p.record.status === "DRAFT") throw new NotFoundError();
  return { bytes: p.bytes, mime: p.mime };
}

/** The committee's deputies, for attendance and course forms (staff). */
export async function committeeDeputies(actor: TActor): Promise<{ id: string; name: string }[]> {
  const committeeId = committeeScope(actor);
  return getDb().deputy.findMany({ where: { committeeId, status: "ACTIVE" }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

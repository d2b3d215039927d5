import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TDeputyForm, TOwnProfileForm } from "@/domain/roster/deputy-form";
import { writeAudit } from "../audit";
import type { TActor } from "../authz";
import { assertCan } from "../authz";
import { getDb, type TTx } from "../db";
import { NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import type { TSessionUser } from "../session";
import { idCardIndexes, piiColumns } from "./pii";
import { lockWritableDeputy, writeScopeOf, type TWriteScope } from "./scope";

/**
 * The register's commands. Each checks WHO (permission, committee scope) and WHICH object, then
 * writes the change and its audit row in one transaction. Field problems come back together as a
 * DeputyInputError (shown next to each field). Audit rows never hold the numbers themselves.
 */
export class DeputyInputError extends Error {
  constructor(public readonly fieldErrors: Record<string, string[]>) {
    super("deputy input refused");
    this.name = "DeputyInputError";
  }
}

const TX = { maxWait: 10_000, timeout: 30_000 } as const;
const who = (actor: TSessionUser) => ({ id: actor.id, username: actor.username, role: actor.role });

/** Committee, delegation, region, groups and stations must all lie in the actor's scope. */
async function checkReferences(tx: TTx, scope: TWriteScope, data: TDeputyForm): Promise<void> {
  const errors: Record<string, string[]> = {};
  if (!scope.committeeIds.has(data.committeeId)) errors.committeeId = ["register.errors.committee"];
  if (!scope.regionIds.has(data.regionId)) errors.regionId = ["register.errors.region"];
  if (data.delegationId) {
    const d = await tx.delegation.findFirst({ where: { id: data.delegationId, committeeId: data.committeeId }, select: { id: true } });
    if (!d) errors.delegationId = ["register.errors.delegation"];
  }
  const regionIds = [...scope.regionIds];
  if (data.groupIds.length > 0) {
    const n = await tx.professionalGroup.count({ where: { id: { in: data.groupIds }, committee: { regionId: { in: regionIds } } } });
    if (n !== new Set(data.groupIds).size) errors.groupIds = ["register.errors.group"];
  }
  if (data.stationIds.length > 0) {
    const n = await tx.liaisonStation.count({ where: { id: { in: data.stationIds }, regionId: { in: regionIds } } });
    if (n !== new Set(data.stationIds).size) errors.stationIds = ["register.errors.station"];
  }
  if (Object.keys(errors).length > 0) throw new DeputyInputError(errors);
}

async function checkIdCardFree(tx: TTx, committeeId: string, idCard: string, exceptId?: string): Promise<void> {
  const taken = await tx.deputy.findFirst({
    where: { committeeId, idCardIndex: { in: idCardIndexes(idCard) }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new DeputyInputError({ idCard: ["register.problems.duplicateIdInRegister"] });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Unique (committee, ID index) is the database's last word when two staff save the same person at once. */
async function guardUnique<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DeputyInputError({ idCard: ["register.problems.duplicateIdInRegister"] });
    throw error;
  }
}

function registerFields(data: TDeputyForm) {
  return {
    name: data.name,
    gender: data.gender,
    level: data.level,
    committeeId: data.committeeId,
    termNumber: data.termNumber,
    delegationId: data.delegationId,
    regionId: data.regionId,
    workUnit: data.workUnit || null,
    title: data.title || null,
    expertise: data.expertise,
    bio: data.bio || null,
  };
}

/** Blank keeps the stored value; a value replaces it; `clear` removes phone or address. */
function contactChanges(data: { idCard?: string | null; phone: string | null; address: string; clear: string[] }) {
  return piiColumns({
    idCard: data.idCard ?? undefined,
    phone: data.clear.includes("phone") ? null : (data.phone ?? undefined),
    address: data.clear.includes("address") ? null : data.address || undefined,
  });
}

async function setMemberships(tx: TTx, deputyId: string, groupIds: string[], stationIds: string[]): Promise<void> {
  await tx.groupMember.deleteMany({ where: { deputyId, groupId: { notIn: groupIds } } });
  await tx.groupMember.createMany({ data: groupIds.map((groupId) => ({ groupId, deputyId })), skipDuplicates: true });
  await tx.stationDeputy.deleteMany({ where: { deputyId, stationId: { notIn: stationIds } } });
  await tx.stationDeputy.createMany({ data: stationIds.map((stationId) => ({ stationId, deputyId })), skipDuplicates: true });
}

export async function createDeputy(actor: TSessionUser, data: TDeputyForm, ctx: TRequestContext): Promise<{ id: string }> {
  const scope = await writeScopeOf(actor);
  return guardUnique(() =>
    getDb().$transaction(async (tx) => {
      await checkReferences(tx, scope, data);
      if (data.idCard) await checkIdCardFree(tx, data.committeeId, data.idCard);
      const created = await tx.deputy.create({ data: { ...registerFields(data), ...contactChanges(data) }, select: { id: true } });
      await setMemberships(tx, created.id, data.groupIds, data.stationIds);
      await writeAudit(tx, {
        actor: who(actor), action: "deputy.create", objectType: "Deputy", objectId: created.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId,
        detail: { level: data.level, groups: data.groupIds.length, stations: data.stationIds.length },
      });
      return created;
    }, TX),
  );
}

export async function updateDeputy(actor: TSessionUser, deputyId: string, data: TDeputyForm, ctx: TRequestContext): Promise<void> {
  const scope = await writeScopeOf(actor);
  await guardUnique(() =>
    getDb().$transaction(async (tx) => {
      await lockWritableDeputy(tx, scope, deputyId);
      await checkReferences(tx, scope, data);
      if (data.idCard) await checkIdCardFree(tx, data.committeeId, data.idCard, deputyId);
      const changes = contactChanges(data);
      await tx.deputy.update({ where: { id: deputyId }, data: { ...registerFields(data), ...changes } });
      await setMemberships(tx, deputyId, data.groupIds, data.stationIds);
      await writeAudit(tx, {
        actor: who(actor), action: "deputy.update", objectType: "Deputy", objectId: deputyId, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId,
        detail: { changedPii: Object.keys(changes).filter((k) => k.endsWith("Cipher")).join(",") },
      });
    }, TX),
  );
}

/** Deactivate (任期终止 etc.) or reactivate; the record and its history stay. */
export async function setDeputyActive(actor: TSessionUser, deputyId: string, active: boolean, ctx: TRequestContext): Promise<void> {
  const scope = await writeScopeOf(actor);
  await getDb().$transaction(async (tx) => {
    await lockWritableDeputy(tx, scope, deputyId);
    await tx.deputy.update({
      where: { id: deputyId },
      data: active ? { status: "ACTIVE", terminatedAt: null } : { status: "TERMINATED", terminatedAt: new Date() },
    });
    await writeAudit(tx, {
      actor: who(actor), action: active ? "deputy.reactivate" : "deputy.deactivate", objectType: "Deputy", objectId: deputyId,
      result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId,
    });
  }, TX);
}

/**
 * A deputy's own profile: phone, address, expertise, bio (SELF_EDITABLE_FIELDS). The record is the
 * one linked to the signed-in account — no id is taken from the request, so no one else's can be named.
 */
export async function updateOwnProfile(actor: TSessionUser | TActor & { username: string }, data: TOwnProfileForm, ctx: TRequestContext): Promise<void> {
  assertCan(actor, "deputy:editSelf");
  await getDb().$transaction(async (tx) => {
    const own = await tx.deputy.findUnique({ where: { userId: actor.id }, select: { id: true } });
    if (!own) throw new NotFoundError("deputy");
    const changes = contactChanges({ ...data, idCard: undefined });
    await tx.deputy.update({ where: { id: own.id }, data: { expertise: data.expertise, bio: data.bio || null, ...changes } });
    await writeAudit(tx, {
      actor: { id: actor.id, username: actor.username, role: actor.role }, action: "deputy.profile.update", objectType: "Deputy", objectId: own.id,
      result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId,
      detail: { changedPii: Object.keys(changes).filter((k) => k.endsWith("Cipher")).join(",") },
    });
  }, TX);
}

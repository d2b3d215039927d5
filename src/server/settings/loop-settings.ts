import "server-only";
import { DEFAULT_LOOP_SETTINGS, loopSettingsProblems, normalizeDays, type TLoopSettings } from "@/domain/workflow/loop-settings";
import { writeAudit } from "../audit";
import { assertCan, type TActor } from "../authz";
import { getDb, type TDb, type TTx } from "../db";
import { ForbiddenError } from "../errors";
import type { TRequestContext } from "../request-context";
import type { TSessionUser } from "../session";

/**
 * Each committee's deadline rules and holiday calendar (issue 3 #3), one LoopSettings row; no row
 * means the defaults. Edited by that committee's STAFF (permission loopSettings:manage): the
 * deadlines are rules of deputy work, which 三员分立 keeps away from the system administrator
 * (ADMIN manages accounts and reads no business data) and from the auditor.
 */

const SELECT = {
  replyMonths: true,
  complexReplyMonths: true,
  returnWindowWorkingDays: true,
  rehandleMonths: true,
  evaluationWindowWorkingDays: true,
  remindWorkingDaysBefore: true,
  holidays: true,
  makeupWorkdays: true,
  version: true,
  updatedAt: true,
} as const;

export type TStoredLoopSettings = TLoopSettings & { version: number; updatedAt: Date | null };

/** The settings the clock and the job use for a committee (no authorization: internal reads). */
export async function loadLoopSettings(db: TTx | TDb, committeeId: string): Promise<TStoredLoopSettings> {
  const row = await db.loopSettings.findUnique({ where: { committeeId }, select: SELECT });
  return row ?? { ...DEFAULT_LOOP_SETTINGS, version: 0, updatedAt: null };
}

function ownCommittee(actor: TActor): string {
  assertCan(actor, "loopSettings:manage");
  if (!actor.committeeId) throw new ForbiddenError("staff without a committee");
  return actor.committeeId;
}

/** The caller's committee's settings, for the settings page. */
export async function getLoopSettingsForStaff(actor: TActor): Promise<TStoredLoopSettings & { committeeName: string }> {
  const committeeId = ownCommittee(actor);
  const db = getDb();
  const [settings, committee] = await Promise.all([
    loadLoopSettings(db, committeeId),
    db.standingCommittee.findUniqueOrThrow({ where: { id: committeeId }, select: { name: true } }),
  ]);
  return { ...settings, committeeName: committee.name };
}

/**
 * Why the settings were not saved: a catalog key, and field → catalog keys for the form (empty when
 * someone else saved first). No dependency on Next here: the CLI and the job import this module.
 */
export class LoopSettingsRefusal extends Error {
  constructor(
    public readonly messageKey: string,
    public readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(messageKey);
    this.name = "LoopSettingsRefusal";
  }
}

function problemsToFieldErrors(s: TLoopSettings): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of loopSettingsProblems(s)) {
    const key =
      p.problem === "range" ? `range.${p.field}` : p.problem === "tooMany" ? (p.field === "remindWorkingDaysBefore" ? "remindTooMany" : "daysTooMany") : p.problem;
    (out[p.field] ??= []).push(`settings.errors.${key}`);
  }
  return out;
}

/**
 * Saves the caller's committee's settings if nobody saved since `version` was read; the change and
 * its audit row (which fields changed, old → new for the numbers) commit together. Deadlines
 * already set on items stay as they are; the new rules apply from the next transition.
 */
export async function updateLoopSettings(actor: TSessionUser, input: TLoopSettings, version: number, ctx: TRequestContext, now: Date = new Date()): Promise<number> {
  const committeeId = ownCommittee(actor);
  const next: TLoopSettings = {
    ...input,
    remindWorkingDaysBefore: [...new Set(input.remindWorkingDaysBefore)].sort((a, b) => b - a),
    holidays: normalizeDays(input.holidays),
    makeupWorkdays: normalizeDays(input.makeupWorkdays),
  };
  const invalid = problemsToFieldErrors(next);
  if (Object.keys(invalid).length > 0) throw new LoopSettingsRefusal("actions.invalid", invalid);
  return getDb().$transaction(async (tx) => {
    // SELECT … FOR UPDATE: a concurrent save waits here, then sees the new version and is refused
    await tx.$queryRaw`SELECT 1 FROM "StandingCommittee" WHERE "id" = ${committeeId}::uuid FOR UPDATE`;
    const before = await loadLoopSettings(tx, committeeId);
    if (before.version !== version) throw new LoopSettingsRefusal("settings.errors.stale");
    const data = { ...next, remindWorkingDaysBefore: [...next.remindWorkingDaysBefore], holidays: [...next.holidays], makeupWorkdays: [...next.makeupWorkdays] };
    if (before.version === 0) {
      await tx.loopSettings.create({ data: { committeeId, ...data, version: 1, updatedById: actor.id, updatedAt: now } });
    } else {
      const { count } = await tx.loopSettings.updateMany({
        where: { committeeId, version },
        data: { ...data, version: { increment: 1 }, updatedById: actor.id, updatedAt: now },
      });
      if (count === 0) throw new LoopSettingsRefusal("settings.errors.stale");
    }
    const detail: Record<string, string | number | boolean | null> = {};
    for (const key of ["replyMonths", "complexReplyMonths", "returnWindowWorkingDays", "rehandleMonths", "evaluationWindowWorkingDays"] as const) {
      if (before[key] !== next[key]) detail[key] = `${before[key]}→${next[key]}`;
    }
    if (before.remindWorkingDaysBefore.join() !== next.remindWorkingDaysBefore.join()) detail.remindWorkingDaysBefore = next.remindWorkingDaysBefore.join(",");
    if (before.holidays.join() !== next.holidays.join()) detail.holidays = next.holidays.length;
    if (before.makeupWorkdays.join() !== next.makeupWorkdays.join()) detail.makeupWorkdays = next.makeupWorkdays.length;
    await writeAudit(tx, {
      actor: { id: actor.id, username: actor.username, role: actor.role },
      action: "settings.loop.update",
      objectType: "StandingCommittee",
      objectId: committeeId,
      result: "SUCCESS",
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail,
      at: now,
    });
    return before.version + 1;
  });
}

import { describe, expect, it } from "vitest";
import { DEFAULT_LOOP_SETTINGS } from "@/domain/workflow/loop-settings";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { seedLoopWorld } from "../../../tests/factories/items";
import { ForbiddenError } from "../errors";
import { getLoopSettingsForStaff, LoopSettingsRefusal, loadLoopSettings, updateLoopSettings } from "./loop-settings";

const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z");

describe("a committee's deadline settings", () => {
  it("start as the defaults, are saved by the committee's staff with one audit row, and bump the version", async () => {
    const w = await seedLoopWorld(db());
    expect(await getLoopSettingsForStaff(w.cast.staff)).toMatchObject({ ...DEFAULT_LOOP_SETTINGS, version: 0, committeeName: w.committee.name });
    const ctx = testContext();
    const v = await updateLoopSettings(
      w.cast.staff,
      { ...DEFAULT_LOOP_SETTINGS, replyMonths: 2, remindWorkingDaysBefore: [1, 5, 5], holidays: [...DEFAULT_LOOP_SETTINGS.holidays, " 2026-03-20 "] },
      0,
      ctx,
      T0,
    );
    expect(v).toBe(1);
    const saved = await loadLoopSettings(db(), w.committee.id);
    expect(saved).toMatchObject({ replyMonths: 2, remindWorkingDaysBefore: [5, 1], version: 1 });
    expect(saved.holidays).toContain("2026-03-20");
    const audit = await db().auditLog.findMany({ where: { requestId: ctx.requestId } });
    expect(audit).toMatchObject([{ action: "settings.loop.update", objectId: w.committee.id, actorId: w.cast.staff.id, result: "SUCCESS" }]);
    expect(audit[0]?.detail).toMatchObject({ replyMonths: "3→2", remindWorkingDaysBefore: "5,1" });
    // a second save from the same stale page is refused and changes nothing
    await expect(updateLoopSettings(w.cast.staff, { ...DEFAULT_LOOP_SETTINGS, replyMonths: 4 }, 0, testContext(), T0)).rejects.toMatchObject({ messageKey: "settings.errors.stale" });
    expect((await loadLoopSettings(db(), w.committee.id)).replyMonths).toBe(2);
  });

  it("refuse invalid values field by field and save nothing", async () => {
    const w = await seedLoopWorld(db());
    const bad = { ...DEFAULT_LOOP_SETTINGS, replyMonths: 0, makeupWorkdays: ["2026-03-04"], remindWorkingDaysBefore: [40] };
    const error = await updateLoopSettings(w.cast.staff, bad, 0, testContext(), T0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoopSettingsRefusal);
    expect((error as LoopSettingsRefusal).fieldErrors).toEqual({
      replyMonths: ["settings.errors.range.replyMonths"],
      remindWorkingDaysBefore: ["settings.errors.remindInvalid"],
      makeupWorkdays: ["settings.errors.notWeekend"],
    });
    expect(await db().loopSettings.count({ where: { committeeId: w.committee.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "settings.loop.update", objectId: w.committee.id } })).toBe(0);
  });

  it("are not for the administrator, the auditor, leaders, units or deputies; staff change only their own committee's", async () => {
    const w = await seedLoopWorld(db());
    const other = await seedLoopWorld(db());
    for (const who of [w.cast.leader, w.cast.leadUnit, w.cast.deputy, { ...w.cast.staff, role: "ADMIN" as const }, { ...w.cast.staff, role: "AUDITOR" as const }]) {
      await expect(getLoopSettingsForStaff(who)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateLoopSettings(who, DEFAULT_LOOP_SETTINGS, 0, testContext(), T0)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await updateLoopSettings(other.cast.staff, { ...DEFAULT_LOOP_SETTINGS, rehandleMonths: 2 }, 0, testContext(), T0);
    expect((await loadLoopSettings(db(), w.committee.id)).rehandleMonths).toBe(1);
    expect((await loadLoopSettings(db(), other.committee.id)).rehandleMonths).toBe(2);
  });
});

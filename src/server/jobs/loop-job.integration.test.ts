import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { DEFAULT_LOOP_SETTINGS } from "@/domain/workflow/loop-settings";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testDbKind } from "../../../tests/helpers/global-setup";
import { testContext } from "../../../tests/factories/users";
import { seedLoopWorld, suggestionInput, type TLoopWorld } from "../../../tests/factories/items";
import { submitItem, transitionItem } from "../items/commands";
import { updateLoopSettings } from "../settings/loop-settings";
import { runLoopJob } from "./loop-job";

const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z"); // Monday 2026-03-02, 10:00 in Shanghai
const sh = (local: string) => new Date(`${local}+08:00`);

/** An item assigned at T0 and signed for by the lead unit: deadline 2026-06-02 (3 months). */
async function handlingItem(w: TLoopWorld, over: { keySupervised?: boolean } = {}) {
  const { id } = await submitItem(w.cast.deputy, suggestionInput(), testContext(), T0);
  await transitionItem(w.cast.staff, id, "accept", {}, testContext(), T0);
  await transitionItem(w.cast.staff, id, "assign", { leadUnitId: w.units.lead.id }, testContext(), T0);
  await transitionItem(w.cast.leadUnit, id, "signFor", {}, testContext(), T0);
  if (over.keySupervised) await transitionItem(w.cast.leader, id, "keySupervise", { note: "列为重点督办" }, testContext(), T0);
  return id;
}

const alertsOf = (itemId: string) =>
  db().loopAlert.findMany({ where: { itemId }, orderBy: [{ kind: "asc" }, { step: "desc" }], select: { kind: true, step: true, round: true } });
const jobNotices = (itemId: string) =>
  db().notification.findMany({ where: { itemId, kind: { startsWith: "job." } }, select: { userId: true, kind: true }, orderBy: { kind: "asc" } });

describe("the loop job", () => {
  it("reminds the lead unit once per offset however often it runs, then flags and escalates the overdue item", async () => {
    const w = await setUp();
    const id = await handlingItem(w);
    const item = await db().item.findUniqueOrThrow({ where: { id }, select: { deadline: true } });
    expect(item.deadline).toEqual(new Date("2026-06-02T15:59:59.999Z"));

    await runLoopJob(sh("2026-05-20T08:00:00")); // 9 working days ahead: nothing yet
    expect(await alertsOf(id)).toEqual([]);
    // 7 working days before Tue 06-02 is Fri 05-22 (no holiday in between)
    for (let i = 0; i < 3; i++) await runLoopJob(sh("2026-05-22T08:00:00"));
    expect(await alertsOf(id)).toEqual([{ kind: "REMIND_REPLY", step: 7, round: 1 }]);
    expect(await jobNotices(id)).toEqual([{ userId: w.cast.leadUnit.id, kind: "job.REMIND_REPLY.7" }]);
    await runLoopJob(sh("2026-06-01T08:00:00"));
    await runLoopJob(sh("2026-06-02T23:00:00"));
    expect((await alertsOf(id)).map((a) => a.step)).toEqual([7, 1]);

    // overdue: flagged and escalated to staff and the unit (not leaders: not key-supervised)
    await runLoopJob(sh("2026-06-03T08:00:00"));
    await runLoopJob(sh("2026-06-04T08:00:00"));
    expect(await alertsOf(id)).toContainEqual({ kind: "OVERDUE_REPLY", step: 1, round: 1 });
    const overdue = (await jobNotices(id)).filter((n) => n.kind.startsWith("job.OVERDUE_REPLY.")).map((n) => n.userId).sort();
    expect(overdue).toEqual([w.cast.staff.id, w.cast.leadUnit.id].sort());
    // more than 30 days late: level 3, leaders too
    await runLoopJob(sh("2026-07-10T08:00:00"));
    const level3 = await db().notification.count({ where: { itemId: id, kind: "job.OVERDUE_REPLY.3", userId: w.cast.leader.id } });
    expect(level3).toBe(1);
    // the audit log records what each run sent
    expect(await db().auditLog.count({ where: { action: "job.loop.run" } })).toBeGreaterThanOrEqual(4);
  });

  it("escalates a key-supervised item to the committee's leaders from the first day", async () => {
    const w = await setUp();
    const id = await handlingItem(w, { keySupervised: true });
    await runLoopJob(sh("2026-06-03T08:00:00"));
    const to = (await jobNotices(id)).filter((n) => n.kind.startsWith("job.OVERDUE_REPLY.")).map((n) => n.userId);
    expect(to).toContain(w.cast.leader.id);
  });

  it("takes each committee's settings: a shorter reply period moves the deadline and the reminders", async () => {
    const w = await setUp();
    await updateLoopSettings(w.cast.staff, { ...DEFAULT_LOOP_SETTINGS, replyMonths: 2, remindWorkingDaysBefore: [2] }, 0, testContext(), T0);
    const id = await handlingItem(w);
    const item = await db().item.findUniqueOrThrow({ where: { id }, select: { deadline: true } });
    // 03-02 + 2 months = Sat 05-02, inside 劳动节 (05-01…05-05): the period ends on Wed 05-06
    expect(item.deadline).toEqual(sh("2026-05-06T23:59:59.999"));
    await runLoopJob(sh("2026-04-28T08:00:00"));
    expect(await alertsOf(id)).toEqual([]);
    await runLoopJob(sh("2026-04-29T08:00:00")); // 2 working days before 05-06: Thu 04-30, Wed 04-29
    expect(await alertsOf(id)).toEqual([{ kind: "REMIND_REPLY", step: 2, round: 1 }]);
  });

  it("reads the committee's holidays: a make-up workday added by staff counts as a working day", async () => {
    const w = await setUp();
    // Make Saturday 2026-03-07 a working day: the 7-working-day return window of Monday 03-02 ends on Tue 03-10, not Wed 03-11.
    await updateLoopSettings(w.cast.staff, { ...DEFAULT_LOOP_SETTINGS, makeupWorkdays: [...DEFAULT_LOOP_SETTINGS.makeupWorkdays, "2026-03-07"] }, 0, testContext(), T0);
    const { id } = await submitItem(w.cast.deputy, suggestionInput(), testContext(), T0);
    await transitionItem(w.cast.staff, id, "accept", {}, testContext(), T0);
    await transitionItem(w.cast.staff, id, "assign", { leadUnitId: w.units.lead.id }, testContext(), T0);
    const item = await db().item.findUniqueOrThrow({ where: { id }, select: { returnWindowEndsAt: true } });
    expect(item.returnWindowEndsAt).toEqual(sh("2026-03-10T23:59:59.999"));
  });
});

// Two app instances on one PostgreSQL server, each with its own pool, running the job at once.
describe.runIf(testDbKind() === "postgres")("two instances running the job at the same moment", () => {
  it("send every reminder and escalation exactly once", async () => {
    const w = await setUp();
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await handlingItem(w));
    const url = db.database.url;
    if (!url) throw new Error("postgres test database without a URL");
    const instances = [0, 1].map(() => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) }));
    try {
      for (const at of [sh("2026-05-22T08:00:00"), sh("2026-06-03T08:00:00")]) {
        const before = await db().loopAlert.count();
        const reports = await Promise.all([...instances, ...instances].map((client) => runLoopJob(at, client)));
        const after = await db().loopAlert.count();
        expect(reports.reduce((n, r) => n + r.alerts, 0), "what the four runs report equals what was stored").toBe(after - before);
      }
    } finally {
      await Promise.all(instances.map((c) => c.$disconnect()));
    }
    for (const id of ids) {
      expect(await alertsOf(id)).toEqual([
        { kind: "OVERDUE_REPLY", step: 1, round: 1 },
        { kind: "REMIND_REPLY", step: 7, round: 1 },
      ]);
      expect((await jobNotices(id)).length).toBe(3); // unit reminded once; staff and unit told once it is overdue
    }
  });
});

async function setUp() {
  return seedLoopWorld(db());
}

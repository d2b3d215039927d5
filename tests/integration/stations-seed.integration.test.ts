import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo";
import { seedStationsActivity } from "../../prisma/seed/stations-activity";
import { useTestDatabase } from "../helpers/test-db";

const db = useTestDatabase();

const now = new Date("2026-12-01T02:00:00Z");
let first = 0;
let second = -1;

// seeding takes most of the 30 s a test may take on a busy machine: it runs in the hook
beforeAll(async () => {
  await seedDemo(db());
  first = await seedStationsActivity(db(), now);
  second = await seedStationsActivity(db(), now);
}, 120_000);

describe("the stations demo data (襄城县)", () => {
  it("loads reception days, events, grid cells and group work once; a second run adds nothing", async () => {
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(0);
    // 16 township stations + 1 contact point, two days in each of two months
    expect(await db().receptionDay.count()).toBe(17 * 4);
    expect(await db().receptionDay.count({ where: { date: new Date("2026-12-05T00:00:00Z") } })).toBe(17);
    expect(await db().gridCell.count()).toBe(32);
    expect(await db().gridCellDeputy.count()).toBeGreaterThan(32);
    const kinds = (await db().stationEvent.findMany({ select: { kind: true } })).map((e) => e.kind).sort();
    expect(kinds).toEqual(["DEEP_VISIT", "FACE_TO_FACE", "LECTURE", "LEGAL_SESSION", "MICRO_CONSULTATION"]);
    expect(await db().stationEventUnit.count()).toBeGreaterThan(0);
    expect(await db().groupActivity.count()).toBe(6);
    // every deputy on duty at a reception day is on duty at that station
    const offStation = await db().receptionDayDeputy.count({ where: { NOT: { deputy: { stations: { some: {} } } } } });
    expect(offStation).toBe(0);
  });
});

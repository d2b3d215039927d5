import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo";
import { seedDuty } from "../../prisma/seed/duty";
import { useTestDatabase } from "../helpers/test-db";

/** The duty demo data loads on top of the demo seed, once: a second run inserts nothing. */
const db = useTestDatabase();
let first = 0;

beforeAll(async () => {
  await seedDemo(db.prisma);
  first = await seedDuty(db.prisma);
}, 180_000);

describe("duty demo data", () => {
  it("gives the demo deputy records of every state, a course, reflections and published stories", async () => {
    expect(first).toBeGreaterThan(20);
    const deputy = await db.prisma.deputy.findFirstOrThrow({ where: { user: { username: "deputy" } }, select: { id: true } });
    const states = await db.prisma.dutyRecord.groupBy({ by: ["status"], where: { deputyId: deputy.id }, _count: { _all: true } });
    expect(new Set(states.map((s) => s.status))).toEqual(new Set(["CONFIRMED", "SUBMITTED", "DRAFT"]));
    expect(await db.prisma.trainingEnrolment.count({ where: { deputyId: deputy.id, attended: true } })).toBe(1);
    expect(await db.prisma.studyReflection.count({ where: { deputyId: deputy.id, charCount: { gt: 50 } } })).toBe(2);
    expect(await db.prisma.deputyStory.count({ where: { published: true } })).toBe(2);
  });

  it("inserts nothing on a second run", async () => {
    expect(await seedDuty(db.prisma)).toBe(0);
  });
});

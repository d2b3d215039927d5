import { type TDerivedSource } from "./types";

/** Training attended: one TRAINING record per course a deputy attended, dated on its first day. */
export const trainingAttendance: TDerivedSource = {
  name: "training",
  type: "TRAINING",
  implemented: true,
  async collect(tx, { deputyIds, year }) {
    const rows = await tx.trainingEnrolment.findMany({
      where: {
        deputyId: { in: [...deputyIds] },
        attended: true,
        course: { startsOn: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) } },
      },
      select: { deputyId: true, course: { select: { id: true, title: true, place: true, startsOn: true } } },
    });
    return rows.map((r) => ({
      deputyId: r.deputyId,
      type: "TRAINING" as const,
      date: r.course.startsOn.toISOString().slice(0, 10),
      sourceKey: `training:${r.course.id}:${r.deputyId}`,
      place: r.course.place,
      description: r.course.title,
    }));
  },
};

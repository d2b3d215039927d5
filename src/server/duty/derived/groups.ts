import { dateYearRange, todayAsDbDate, type TDerivedSource } from "./types";

/**
 * Professional group activities (专业代表小组: 宣讲, 调研, 立法参与, 监督参与): one GROUP_ACTIVITY
 * record per participant (GroupActivityParticipant) of an activity held on or before today.
 */
export const groupActivities: TDerivedSource = {
  name: "group-activity",
  type: "GROUP_ACTIVITY",
  implemented: true,
  async collect(tx, { deputyIds, year, now = new Date() }) {
    const rows = await tx.groupActivityParticipant.findMany({
      where: { deputyId: { in: [...deputyIds] }, activity: { heldOn: { ...dateYearRange(year), lte: todayAsDbDate(now) } } },
      select: { deputyId: true, activity: { select: { id: true, title: true, heldOn: true, place: true, group: { select: { name: true } } } } },
    });
    return rows.map((r) => ({
      deputyId: r.deputyId,
      type: "GROUP_ACTIVITY" as const,
      date: r.activity.heldOn.toISOString().slice(0, 10),
      sourceKey: `group-activity:${r.activity.id}:${r.deputyId}`,
      place: r.activity.place ?? r.activity.group.name,
      description: r.activity.title,
    }));
  },
};

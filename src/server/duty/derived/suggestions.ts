import { shanghaiDayKey } from "@/domain/calendar";
import { yearRange, type TDerivedSource } from "./types";

/**
 * Suggestions sponsored (领衔 or 联名): one SUGGESTION record per deputy and item, once the item has
 * been accepted (a suggestion still waiting, or declined, earns nothing). Dated on submission.
 */
const NOT_COUNTED = ["SUBMITTED", "DECLINED"] as const;

export const suggestionsSponsored: TDerivedSource = {
  name: "suggestion",
  type: "SUGGESTION",
  implemented: true,
  async collect(tx, { deputyIds, year }) {
    const rows = await tx.itemSponsor.findMany({
      where: {
        user: { deputy: { id: { in: [...deputyIds] } } },
        item: { source: "DEPUTY_SUGGESTION", stage: { notIn: [...NOT_COUNTED] }, createdAt: yearRange(year) },
      },
      select: { user: { select: { deputy: { select: { id: true } } } }, item: { select: { id: true, trackingNumber: true, title: true, createdAt: true } } },
    });
    return rows.flatMap((r) => {
      const deputyId = r.user.deputy?.id;
      if (!deputyId) return [];
      return [{
        deputyId,
        type: "SUGGESTION" as const,
        date: shanghaiDayKey(r.item.createdAt),
        sourceKey: `suggestion:${r.item.id}:${deputyId}`,
        place: r.item.trackingNumber,
        description: r.item.title,
      }];
    });
  },
};

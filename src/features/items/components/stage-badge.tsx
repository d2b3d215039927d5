import { useTranslations } from "next-intl";
import { Badge, type TBadgeTone } from "@/components/ui";
import type { TStage } from "@/domain/workflow/stages";

const TONE: Readonly<Record<TStage, TBadgeTone>> = {
  SUBMITTED: "info",
  DECLINED: "neutral",
  MERGED: "neutral",
  ACCEPTED: "info",
  ASSIGNED: "warning",
  RETURN_REQUESTED: "warning",
  HANDLING: "warning",
  REPLY_DRAFTED: "brand",
  REPLY_APPROVED: "brand",
  REPLIED: "brand",
  CLOSED: "success",
};

export function StageBadge({ stage }: { stage: TStage }) {
  const t = useTranslations("workflow.stage");
  return <Badge tone={TONE[stage]}>{t(stage)}</Badge>;
}

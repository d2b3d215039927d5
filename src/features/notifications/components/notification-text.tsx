import { useTranslations } from "next-intl";
import { isAction } from "@/domain/workflow/actions";
import { parseAlertNotificationKind } from "@/domain/workflow/alerts";

/** What a notification says: a reminder or escalation of the loop job, or the transition that caused it. */
export function NotificationText({ kind }: { kind: string }) {
  const t = useTranslations("notifications");
  const tAction = useTranslations("workflow.action");
  const alert = parseAlertNotificationKind(kind);
  if (alert) return <>{t(`kind.${alert.kind}`, { step: alert.step })}</>;
  return <>{t("transition", { action: isAction(kind) || kind === "submit" ? tAction(kind as "submit") : kind })}</>;
}

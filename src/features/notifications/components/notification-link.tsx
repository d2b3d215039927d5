import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";

/** The header's link to /notifications with the unread count (a badge when there are any). */
export function NotificationLink({ unread }: { unread: number }) {
  const t = useTranslations("notifications");
  return (
    <Link href="/notifications" className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-gray-900 underline-offset-2 hover:underline" data-testid="notification-link">
      <span>{t("title")}</span>
      {unread > 0 ? (
        <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white" aria-hidden="true" data-testid="unread-count">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
      {unread > 0 ? <span className="sr-only">{t("unreadSr", { count: unread })}</span> : null}
    </Link>
  );
}

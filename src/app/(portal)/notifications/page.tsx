import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Button, PageHeader, Pagination, Table, type TColumn } from "@/components/ui";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/features/notifications/actions";
import { NotificationText } from "@/features/notifications/components/notification-text";
import { ZNotificationSearch } from "@/features/notifications/search-params";
import { listNotifications, unreadNotificationCount, type TNotificationRow } from "@/server/notifications/notifications";
import { requireUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The caller's own notifications, newest first; every role that receives them has this page. */
export default async function NotificationsPage({ searchParams }: TProps) {
  const actor = await requireUser();
  const search = ZNotificationSearch.parse(await searchParams);
  const [result, unread, t, format] = await Promise.all([
    listNotifications(actor, search.page, search.unread === "1"),
    unreadNotificationCount(actor),
    getTranslations("notifications"),
    getFormatter(),
  ]);
  const columns: TColumn<TNotificationRow>[] = [
    {
      key: "what",
      header: t("columns.what"),
      rowHeader: true,
      cell: (r) => (
        <span className={r.readAt ? "" : "font-semibold"}>
          <NotificationText kind={r.kind} />
        </span>
      ),
    },
    {
      key: "item",
      header: t("columns.item"),
      cell: (r) => (
        <Link href={`/items/${r.item.id}`} className="text-brand-700 underline">
          <span className="font-mono">{r.item.trackingNumber}</span> {r.item.title}
        </Link>
      ),
    },
    { key: "at", header: t("columns.at"), cell: (r) => format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }) },
    {
      key: "status",
      header: t("columns.status"),
      cell: (r) =>
        r.readAt ? null : (
          <form action={markNotificationReadAction} className="flex items-center gap-2">
            <Badge tone="warning">{t("unreadBadge")}</Badge>
            <input type="hidden" name="id" value={r.id} />
            <Button type="submit" variant="secondary" size="sm">
              {t("markRead")}
            </Button>
          </form>
        ),
    },
  ];
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          unread > 0 ? (
            <form action={markAllNotificationsReadAction}>
              <Button type="submit" variant="secondary">
                {t("markAllRead")}
              </Button>
            </form>
          ) : null
        }
      />
      <p className="mb-2 flex flex-wrap items-center gap-3 text-sm text-gray-700">
        <span>{t("total", { total: result.total, unread })}</span>
        {search.unread === "1" ? (
          <Link href="/notifications" className="text-brand-700 underline">
            {t("all")}
          </Link>
        ) : (
          <Link href="/notifications?unread=1" className="text-brand-700 underline">
            {t("unreadOnly")}
          </Link>
        )}
      </p>
      <Table
        caption={t("title")}
        captionHidden
        columns={columns}
        rows={result.rows}
        rowKey={(r) => r.id}
        empty={
          <>
            <span className="block font-medium">{t("empty")}</span>
            <span className="block">{t("emptyHint")}</span>
          </>
        }
      />
      <Pagination page={search.page} pageCount={pageCount} basePath="/notifications" params={{ unread: search.unread }} />
    </>
  );
}

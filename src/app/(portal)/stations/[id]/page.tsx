import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader, buttonClasses } from "@/components/ui";
import { can } from "@/domain/permissions";
import { monthRange, parseMonth } from "@/domain/stations/month-grid";
import { BackLink, Stack } from "@/features/directory/components/fields";
import { StationDetail } from "@/features/directory/components/station-detail";
import { orNotFound } from "@/features/directory/load";
import { ReceptionCalendar } from "@/features/stations/components/reception-calendar";
import { EventList, ReceptionList, VisitList } from "@/features/stations/components/station-activity";
import { first, trackingParam } from "@/features/stations/search-params";
import type { TSearchParams } from "@/features/directory/search-params";
import { getStation } from "@/server/directory/stations";
import { mayRunStation } from "@/server/stations/access";
import { stationEvents } from "@/server/stations/events";
import { receptionDaysBetween, todayKey } from "@/server/stations/reception";
import { recentVisits } from "@/server/stations/visits";
import { requirePermission } from "@/server/session";

/**
 * A station in the caller's scope: its facts and deputies, the reception calendar, its events, and
 * — for its manager and its committee's staff — the forms and visitor records.
 */
export default async function StationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("station:read");
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const [t, station] = await Promise.all([getTranslations("stations"), orNotFound(getStation(actor, id))]);
  const today = todayKey(new Date());
  const month = parseMonth(first(search.month)) ?? parseMonth(today.slice(0, 7))!;
  const range = monthRange(month);
  const canRun = await mayRunStation(actor, id);
  const [days, events, visits] = await Promise.all([receptionDaysBetween(id, range.first, range.last), stationEvents(id), canRun ? recentVisits(id) : Promise.resolve([])]);
  const raised = trackingParam(search.raised);
  const edit = actor.role === "STAFF" || actor.role === "STATION_MANAGER";
  return (
    <>
      <BackLink href="/stations">{t("backToList")}</BackLink>
      <PageHeader
        title={station.name}
        actions={
          <>
            <Link href={`/public/stations/${id}`} className={buttonClasses("secondary", "sm")}>
              {t("publicPage")}
            </Link>
            {canRun && edit ? (
              <Link href={`/stations/${id}/edit`} className={buttonClasses("secondary", "sm")}>
                {t("edit")}
              </Link>
            ) : null}
          </>
        }
      />
      <Stack>
        {first(search.published) ? <Alert tone="success">{t("published")}</Alert> : null}
        {first(search.saved) ? <Alert tone="success">{t("saved")}</Alert> : null}
        {first(search.cancelled) ? <Alert tone="success">{t("cancelled")}</Alert> : null}
        {raised ? <Alert tone="success">{t("raised", { trackingNumber: raised })}</Alert> : null}
        <StationDetail station={station} linkDeputies={can(actor.role, "deputy:read")} />
        <Card
          title={t("calendar.title")}
          description={t("calendar.description")}
          footer={
            canRun ? (
              <Link href={`/stations/${id}/reception/new`} className={buttonClasses("primary", "sm")}>
                {t("reception.publish")}
              </Link>
            ) : null
          }
        >
          <ReceptionCalendar month={month} entries={days} basePath={`/stations/${id}`} today={today} />
          <div className="mt-4">
            <ReceptionList stationId={id} days={days} canRun={canRun} today={today} />
          </div>
        </Card>
        <div id="events">
          <Card
            title={t("events.sectionTitle")}
            description={t("events.description")}
            footer={
              canRun ? (
                <Link href={`/stations/${id}/events/new`} className={buttonClasses("primary", "sm")}>
                  {t("events.new")}
                </Link>
              ) : null
            }
          >
            <EventList stationId={id} events={events} canRun={canRun} />
          </Card>
        </div>
        {canRun ? <VisitList visits={visits} /> : null}
      </Stack>
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui";
import { BackLink } from "@/features/directory/components/fields";
import { orDenied } from "@/features/stations/load";
import type { TSearchParams } from "@/features/directory/search-params";
import { recordVisitAction } from "@/features/stations/actions";
import { SpecForm } from "@/features/stations/components/spec-form";
import { first } from "@/features/stations/search-params";
import { visitFields } from "@/features/stations/station-fields";
import { stationToRun } from "@/server/stations/access";
import { receptionDaysBetween, todayKey } from "@/server/stations/reception";
import { requireUser } from "@/server/session";

/** 接待登记: what a visitor raised becomes a loop item in one step (source STATION_VISIT). */
export default async function NewVisitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<TSearchParams> }) {
  const actor = await requireUser();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const [t, station] = await Promise.all([getTranslations("stations.visits"), orDenied(stationToRun(actor, id))]);
  const today = todayKey(new Date());
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const yearAhead = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const days = (await receptionDaysBetween(id, yearAgo, yearAhead)).map((d) => ({ id: d.id, label: `${d.date} ${d.startTime}–${d.endTime}（${d.deputies.map((x) => x.name).join("、")}）` }));
  return (
    <>
      <BackLink href={`/stations/${id}`}>{station.name}</BackLink>
      <PageHeader title={t("newTitle")} description={t("newHint")} />
      <Card>
        <SpecForm action={recordVisitAction} fields={await visitFields(id, days, first(search.day))} submitLabel={t("submit")} testId="visit-form" />
      </Card>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { monthRange, parseMonth } from "@/domain/stations/month-grid";
import type { TSearchParams } from "@/features/directory/search-params";
import { ReceptionCalendar } from "@/features/stations/components/reception-calendar";
import { StationQr } from "@/features/stations/components/station-qr";
import { first } from "@/features/stations/search-params";
import { NotFoundError } from "@/server/errors";
import { getPublicStation, publicReceptionDays, qrSvg, stationFormUrl } from "@/server/stations/public";
import { todayKey } from "@/server/stations/reception";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  try {
    return { title: (await getPublicStation((await params).id)).name };
  } catch {
    return {};
  }
}

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/** A station's public page (no account): where it is, who is on duty when, and its QR code to the opinion form. */
export default async function PublicStationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<TSearchParams> }) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  let station;
  try {
    station = await getPublicStation(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const [t, te] = await Promise.all([getTranslations("stations.public"), getTranslations("enums.stationKind")]);
  const today = todayKey(new Date());
  const month = parseMonth(first(search.month)) ?? parseMonth(today.slice(0, 7))!;
  const range = monthRange(month);
  const formUrl = stationFormUrl(station.id, await requestOrigin());
  const [days, svg] = await Promise.all([publicReceptionDays(station.id, range.first, range.last), qrSvg(formUrl)]);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-gray-600">{te(station.kind)}</p>
        <h1 className="text-2xl font-semibold text-gray-900">{station.name}</h1>
        <p className="mt-1 text-sm text-gray-700">{[station.regionPath.join(" · "), station.address].filter(Boolean).join(" ｜ ")}</p>
        {station.theme ? <p className="text-sm text-gray-700">{t("theme", { theme: station.theme })}</p> : null}
      </header>
      <Card title={t("opinionTitle")} description={t("opinionHint")}>
        <StationQr svg={svg} url={formUrl} alt={t("qrAlt", { name: station.name })} linkLabel={t("openForm")} />
      </Card>
      <Card title={t("calendarTitle")} description={t("calendarHint")}>
        <ReceptionCalendar month={month} entries={days} basePath={`/public/stations/${station.id}`} today={today} />
      </Card>
      <Card title={t("deputiesTitle")}>
        {station.deputies.length === 0 ? <p className="text-sm text-gray-700">{t("noDeputies")}</p> : <p className="text-sm text-gray-900">{station.deputies.map((d) => d.name).join("、")}</p>}
      </Card>
      <p className="text-sm">
        <Link href="/track" className="text-brand-700 underline">
          {t("track")}
        </Link>
      </p>
    </div>
  );
}

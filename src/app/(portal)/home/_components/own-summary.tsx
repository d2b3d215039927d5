import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { THomeSummary } from "@/server/home/queries";
import { GRID, StatCard } from "./stat";

type TOf<K extends THomeSummary["kind"]> = Extract<THomeSummary, { kind: K }>;

/** DEPUTY: the groups they belong to and the stations they serve at. */
export function DeputySummary({ summary }: { summary: TOf<"deputy"> }) {
  const t = useTranslations("home.deputy");
  const tKind = useTranslations("enums.stationKind");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <StatCard label={t("groups")} value={summary.groups.length}>
        {summary.groups.length === 0 ? (
          <EmptyState className="mt-3">{t("noGroups")}</EmptyState>
        ) : (
          <ul className="mt-3 space-y-1 text-sm">
            {summary.groups.map((g) => (
              <li key={g.id} className="flex items-center gap-2">
                {g.name}
                {g.isLeader ? <Badge tone="brand">{t("groupLeader")}</Badge> : null}
              </li>
            ))}
          </ul>
        )}
      </StatCard>
      <StatCard label={t("stations")} value={summary.stations.length}>
        {summary.stations.length === 0 ? (
          <EmptyState className="mt-3">{t("noStations")}</EmptyState>
        ) : (
          <ul className="mt-3 space-y-1 text-sm">
            {summary.stations.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2">
                {s.name}
                <Badge>{tKind(s.kind)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </StatCard>
    </div>
  );
}

/** UNIT: which unit the account answers for. */
export function UnitSummary({ summary }: { summary: TOf<"unit"> }) {
  const t = useTranslations("home.unit");
  const tKind = useTranslations("enums.unitKind");
  const rows = [
    { key: "kind", label: t("kind"), value: tKind(summary.unitKind) },
    { key: "region", label: t("region"), value: summary.regionName },
    { key: "committee", label: t("committee"), value: summary.committeeName },
  ];
  return (
    <Card title={t("title")} className="max-w-2xl">
      <p className="text-lg font-semibold text-gray-900">{summary.name}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map((row) => (
          <div key={row.key} className="contents">
            <dt className="text-gray-700">{row.label}</dt>
            <dd className="text-gray-900">{row.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** STATION_MANAGER: the stations they run, with how many deputies serve there. */
export function StationsSummary({ summary }: { summary: TOf<"stations"> }) {
  const t = useTranslations("home.station");
  const tKind = useTranslations("enums.stationKind");
  if (summary.stations.length === 0) return <EmptyState title={t("title")}>{t("none")}</EmptyState>;
  return (
    <section aria-labelledby="my-stations" className="space-y-3">
      <h3 id="my-stations" className="text-base font-semibold text-gray-900">
        {t("title")}
      </h3>
      <div className={GRID}>
        {summary.stations.map((s) => (
          <Card key={s.id} title={s.name} level={4} description={s.regionName}>
            <div className="flex flex-wrap gap-2">
              <Badge>{tKind(s.kind)}</Badge>
              {s.theme ? <Badge tone="info">{s.theme}</Badge> : null}
            </div>
            <p className="mt-3 text-sm text-gray-800">{t("deputies", { count: s.deputies })}</p>
          </Card>
        ))}
      </div>
    </section>
  );
}

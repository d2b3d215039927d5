import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui";
import type { TDeputyDetail } from "@/server/directory/deputies";
import { Fields, linkClass, Stack } from "./fields";

type TProps = { deputy: TDeputyDetail; linkGroups: boolean; linkStations: boolean };

/** A deputy's record as the directory shows it: no ID-card, phone or address. */
export async function DeputyProfile({ deputy, linkGroups, linkStations }: TProps) {
  const [t, te, td] = await Promise.all([getTranslations("directory.deputy"), getTranslations("enums"), getTranslations("directory")]);
  const item = "flex flex-wrap items-center gap-2 py-2";
  return (
    <Stack>
      <Card title={t("basics")}>
        <Fields
          none={td("none")}
          items={[
            { label: t("name"), value: deputy.name },
            { label: t("gender"), value: te(`gender.${deputy.gender}`) },
            { label: t("level"), value: te(`deputyLevel.${deputy.level}`) },
            { label: t("status"), value: te(`deputyStatus.${deputy.status}`) },
            { label: t("committee"), value: deputy.committeeName },
            { label: t("term"), value: t("termValue", { term: deputy.termNumber }) },
            { label: t("delegation"), value: deputy.delegationName },
            { label: t("region"), value: deputy.regionPath.join(" · ") },
            { label: t("workUnit"), value: deputy.workUnit },
            { label: t("title"), value: deputy.title },
            { label: t("expertise"), value: deputy.expertise.join("、") },
          ]}
        />
      </Card>
      <Card title={t("groups")}>
        {deputy.groups.length === 0 ? (
          <p className="text-sm text-gray-700">{t("noGroups")}</p>
        ) : (
          <ul className="divide-y divide-gray-100">
            {deputy.groups.map((g) => (
              <li key={g.id} className={item}>
                {linkGroups ? <Link href={`/groups/${g.id}`} className={linkClass}>{g.name}</Link> : <span>{g.name}</span>}
                {g.isLeader ? <Badge tone="warning">{t("groupLeader")}</Badge> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("stations")}>
        {deputy.stations.length === 0 ? (
          <p className="text-sm text-gray-700">{t("noStations")}</p>
        ) : (
          <ul className="divide-y divide-gray-100">
            {deputy.stations.map((s) => (
              <li key={s.id} className={item}>
                {linkStations ? <Link href={`/stations/${s.id}`} className={linkClass}>{s.name}</Link> : <span>{s.name}</span>}
                <Badge>{te(`stationKind.${s.kind}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </Stack>
  );
}

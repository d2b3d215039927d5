import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, Table, type TColumn } from "@/components/ui";
import type { TStationDetail } from "@/server/directory/stations";
import { Fields, linkClass, Stack } from "./fields";

type TDeputy = TStationDetail["deputies"][number];
type TProps = { station: TStationDetail; linkDeputies: boolean; nameAsTitle?: boolean };

/** A station's facts and the deputies on duty there (used by /stations/[id] and /station). */
export async function StationDetail({ station, linkDeputies, nameAsTitle = false }: TProps) {
  const [t, te, td] = await Promise.all([getTranslations("directory.station"), getTranslations("enums"), getTranslations("directory")]);
  const columns: TColumn<TDeputy>[] = [
    {
      key: "name",
      header: t("deputyName"),
      rowHeader: true,
      cell: (d) => (linkDeputies ? <Link href={`/deputies/${d.id}`} className={linkClass}>{d.name}</Link> : d.name),
    },
    { key: "level", header: t("deputyLevel"), cell: (d) => te(`deputyLevel.${d.level}`) },
  ];
  return (
    <Stack>
      <Card title={nameAsTitle ? station.name : t("basics")}>
        <Fields
          none={td("none")}
          items={[
            { label: t("kind"), value: te(`stationKind.${station.kind}`) },
            { label: t("region"), value: station.regionPath.join(" · ") },
            { label: t("theme"), value: station.theme },
            { label: t("address"), value: station.address },
            { label: t("manager"), value: station.managerName },
            { label: t("status"), value: station.active ? td("active") : td("inactive") },
          ]}
        />
      </Card>
      <Card title={nameAsTitle ? `${station.name} · ${t("onDuty")}` : t("onDuty")}>
        <Table caption={t("onDutyCaption")} captionHidden columns={columns} rows={station.deputies} rowKey={(d) => d.id} empty={t("noDeputies")} />
      </Card>
    </Stack>
  );
}

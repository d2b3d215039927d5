import { getTranslations } from "next-intl/server";
import { Card, Table, type TColumn } from "@/components/ui";
import type { TStationSummary } from "@/server/directory/stations";

/** "16+1+N" for a county: township stations + contact points + specialty stations. */
export function networkFormula(c: TStationSummary["counts"]): string | null {
  return c.TOWNSHIP + c.CONTACT_POINT + c.SPECIALTY > 0 ? `${c.TOWNSHIP}+${c.CONTACT_POINT}+${c.SPECIALTY}` : null;
}

/** A "total" row under several counties. */
function withTotal(rows: TStationSummary[], label: string): TStationSummary[] {
  if (rows.length < 2) return rows;
  const counts = { TOWNSHIP: 0, CONTACT_POINT: 0, SPECIALTY: 0, INDUSTRY: 0 };
  for (const r of rows) for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += r.counts[k];
  return [...rows, { regionId: "total", regionName: label, regionLevel: "CITY", counts }];
}

/** Per county: the station network ("16+1+N"), with industry stations counted apart. */
export async function StationSummaryTable({ rows }: { rows: TStationSummary[] }) {
  const [t, td] = await Promise.all([getTranslations("directory.stations"), getTranslations("directory")]);
  const count = (kind: keyof TStationSummary["counts"]) => (r: TStationSummary) => r.counts[kind];
  const columns: TColumn<TStationSummary>[] = [
    { key: "region", header: t("summaryColumns.region"), rowHeader: true, cell: (r) => <span className="whitespace-nowrap">{r.regionName}</span> },
    { key: "township", header: t("summaryColumns.township"), align: "end", cell: count("TOWNSHIP") },
    { key: "contact", header: t("summaryColumns.contactPoint"), align: "end", cell: count("CONTACT_POINT") },
    { key: "specialty", header: t("summaryColumns.specialty"), align: "end", cell: count("SPECIALTY") },
    { key: "industry", header: t("summaryColumns.industry"), align: "end", cell: count("INDUSTRY") },
    { key: "formula", header: t("summaryColumns.formula"), cell: (r) => <strong>{networkFormula(r.counts) ?? td("none")}</strong> },
  ];
  return (
    <Card title={t("summaryTitle")} description={t("summaryCaption")}>
      <Table caption={t("summaryTitle")} captionHidden columns={columns} rows={withTotal(rows, t("summaryTotal"))} rowKey={(r) => r.regionId} empty={t("summaryEmpty")} />
    </Card>
  );
}

"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import dynamic from "next/dynamic";

/**
 * One figure: a chart (recharts) with a table view of the same rows. Every number links to the
 * list behind it, in the table and by clicking a bar or a slice. The rows come from the server,
 * labelled and with their links; this component only draws them.
 */
export type TFigureCardRow = { key: string; label: string; value: number; href: string | null };

export type TFigureCardProps = {
  id: string;
  title: string;
  hint?: string;
  /** the headline (e.g. "87.5%"), if the figure has one */
  headline?: string;
  chart: "bar" | "pie" | "ranking";
  rows: TFigureCardRow[];
  labels: { chart: string; table: string; switchToTable: string; switchToChart: string; key: string; value: string };
};

/** The chart is drawn in the browser only: the server sends the numbers (list and table), not SVG. */
const FigureChart = dynamic(() => import("./figure-chart").then((m) => m.FigureChart), { ssr: false });

export function FigureCard({ id, title, hint, headline, chart, rows, labels }: TFigureCardProps) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const router = useRouter();
  const headingId = useId();
  const open = (row: TFigureCardRow | undefined) => {
    if (row?.href) router.push(row.href);
  };
  // a ranking's chart shows the units; its total (key ALL) stays in the list and the table
  const charted = chart === "ranking" ? rows.filter((r) => r.key !== "ALL") : rows;
  const height = chart === "ranking" ? Math.max(160, charted.length * 28 + 40) : 220;
  return (
    <section aria-labelledby={headingId} data-figure={id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-xs">
      <div className="flex items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="text-base font-semibold text-gray-900">
            {title}
          </h3>
          {hint ? <p className="mt-1 text-xs text-gray-600">{hint}</p> : null}
        </div>
        <button
          type="button"
          className="shrink-0 rounded border border-gray-300 px-2 py-1 text-xs text-gray-800 hover:bg-gray-50"
          aria-pressed={view === "table"}
          aria-label={view === "chart" ? labels.switchToTable : labels.switchToChart}
          onClick={() => setView(view === "chart" ? "table" : "chart")}
        >
          {view === "chart" ? labels.table : labels.chart}
        </button>
      </div>
      {headline ? <p className="mt-2 text-2xl font-semibold text-brand-700">{headline}</p> : null}
      {view === "table" ? (
        <table className="mt-3 min-w-full divide-y divide-gray-200 text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-1.5 text-left font-semibold">
                {labels.key}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-semibold">
                {labels.value}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  {r.label}
                </th>
                <td className="px-3 py-1.5 text-right tabular-nums">
                  {r.href ? (
                    <Link href={r.href} className="text-brand-700 underline" aria-label={`${r.label} ${r.value}`}>
                      {r.value}
                    </Link>
                  ) : (
                    r.value
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="mt-3" style={{ height }} role="img" aria-label={`${title}: ${charted.map((r) => `${r.label} ${r.value}`).join("，")}`}>
          <FigureChart chart={chart} rows={charted} height={height} onOpen={open} />
        </div>
      )}
      {view === "chart" ? (
        <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-gray-700">
          {rows.map((r) => (
            <li key={r.key}>
              {r.label}{" "}
              {r.href ? (
                <Link href={r.href} className="font-semibold text-brand-700 underline">
                  {r.value}
                </Link>
              ) : (
                <span className="font-semibold">{r.value}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

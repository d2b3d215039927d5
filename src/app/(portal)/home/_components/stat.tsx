import { useFormatter } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** One count with its label and a short line on what is counted. */
export function StatCard({ label, value, hint, children }: { label: ReactNode; value: number; hint?: ReactNode; children?: ReactNode }) {
  const format = useFormatter();
  return (
    <Card title={label} level={3} description={hint}>
      <p className="text-3xl font-semibold text-gray-900 tabular-nums">{format.number(value)}</p>
      {children}
    </Card>
  );
}

/** label … count rows inside a card */
export function CountList({ rows }: { rows: { key: string; label: ReactNode; count: number }[] }) {
  const format = useFormatter();
  return (
    <dl className="divide-y divide-gray-100">
      {rows.map((row) => (
        <div key={row.key} className="flex items-baseline justify-between gap-4 py-1.5 text-sm">
          <dt className="text-gray-800">{row.label}</dt>
          <dd className="font-medium text-gray-900 tabular-nums">{format.number(row.count)}</dd>
        </div>
      ))}
    </dl>
  );
}

export const GRID = "grid items-start gap-4 sm:grid-cols-2 xl:grid-cols-4";

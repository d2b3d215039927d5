import type { ReactNode } from "react";
import { cx } from "./cx";
import { EmptyState } from "./empty-state";

export type TColumn<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** numbers right-aligned */
  align?: "start" | "end";
  /** the row's identifying cell: rendered as <th scope="row"> */
  rowHeader?: boolean;
};

type TTableProps<T> = {
  /** Always given: it names the table for screen readers. Visually hidden with captionHidden. */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly TColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** shown instead of the table when there are no rows */
  empty: ReactNode;
};

/** A data table that scrolls sideways on phones (the scroll region is focusable and labelled). */
export function Table<T>({ caption, captionHidden = false, columns, rows, rowKey, empty }: TTableProps<T>) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white" tabIndex={0} role="region" aria-label={typeof caption === "string" ? caption : undefined}>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className={cx("px-4 py-3 text-left font-semibold text-gray-900", captionHidden && "sr-only")}>{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            {columns.map((col) => (
              <th key={col.key} scope="col" className={cx("px-4 py-2 font-semibold text-gray-800", col.align === "end" ? "text-right" : "text-left")}>
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="hover:bg-gray-50">
              {columns.map((col) => {
                const Cell = col.rowHeader ? "th" : "td";
                return (
                  <Cell
                    key={col.key}
                    scope={col.rowHeader ? "row" : undefined}
                    className={cx("px-4 py-2 text-gray-900", col.rowHeader && "font-medium", col.align === "end" ? "text-right tabular-nums" : "text-left")}
                  >
                    {col.cell(row)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

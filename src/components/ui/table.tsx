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
      {/* cells are styled by .data-table (globals.css): no class list repeated on every cell */}
      <table className="data-table min-w-full divide-y divide-gray-200 text-sm">
        <caption className={cx("px-4 py-3 text-left font-semibold text-gray-900", captionHidden && "sr-only")}>{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            {columns.map((col) => (
              <th key={col.key} scope="col" className={col.align === "end" ? "num" : undefined}>
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((col) => {
                const Cell = col.rowHeader ? "th" : "td";
                return (
                  <Cell key={col.key} scope={col.rowHeader ? "row" : undefined} className={col.align === "end" ? "num" : undefined}>
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

import type { ReactNode } from "react";
import { cx } from "./cx";

/** What to show instead of an empty list: say why it is empty and what the user can do. */
export function EmptyState({ title, children, action, className }: { title?: ReactNode; children: ReactNode; action?: ReactNode; className?: string }) {
  return (
    <div className={cx("rounded-md border border-dashed border-gray-300 bg-white px-4 py-6 text-center", className)}>
      {title ? <p className="font-medium text-gray-900">{title}</p> : null}
      <p className={cx("text-sm text-gray-700", title ? "mt-1" : undefined)}>{children}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}

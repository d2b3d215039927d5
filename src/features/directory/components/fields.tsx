import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

/** A definition list for a record's fields; an empty value shows the dash it is given. */
export function Fields({ items, none }: { items: { label: string; value: ReactNode }[]; none: string }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map((item) => (
        <div key={item.label}>
          <dt className="text-sm text-gray-600">{item.label}</dt>
          <dd className="mt-0.5 text-gray-900">{item.value === null || item.value === "" ? none : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

/** "← back to the list" above a detail page's header. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className={linkClass}>
        ← {children}
      </Link>
    </p>
  );
}

/** Stacked cards with the page's rhythm. */
export function Stack({ children }: { children: ReactNode }) {
  return <div className="space-y-6">{children}</div>;
}

/** Short cells (names, levels, places) stay on one line: on a phone the table scrolls instead. */
export function NoWrap({ children }: { children: ReactNode }) {
  return <span className="whitespace-nowrap">{children}</span>;
}

/** Long cells wrap, but not narrower than a readable column. */
export function Wide({ children }: { children: ReactNode }) {
  return <span className="block min-w-48">{children}</span>;
}

"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { currentHref } from "./current-href";

export type TNavLink = { href: string; label: string };

/** Links with the current page marked aria-current; also rendered on the server (no JS needed). */
export function NavLinks({ items }: { items: readonly TNavLink[] }) {
  const pathname = usePathname() ?? "";
  const current = currentHref(pathname, items.map((i) => i.href));
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const active = item.href === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cx(
                "block rounded-md border-l-4 px-3 py-2 text-sm",
                active
                  ? "border-brand-700 bg-brand-50 font-semibold text-brand-800"
                  : "border-transparent text-gray-800 hover:bg-gray-100 hover:text-gray-900",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
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
            {/* .nav-link (globals.css) styles the current page by its aria-current */}
            <Link href={item.href} aria-current={active ? "page" : undefined} className="nav-link">
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

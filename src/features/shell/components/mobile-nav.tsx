"use client";

import { usePathname } from "next/navigation";
import { NavLinks, type TNavLink } from "./nav-links";

/**
 * Phones: the navigation folds into a <details> (opens and closes without JavaScript). Keyed by
 * the path, so it closes again after a client-side navigation.
 */
export function MobileNav({ items, menuLabel, navLabel }: { items: readonly TNavLink[]; menuLabel: string; navLabel: string }) {
  const pathname = usePathname();
  return (
    <details key={pathname} className="group border-t border-gray-200 md:hidden">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 text-sm font-medium text-gray-900 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {menuLabel}
      </summary>
      <nav aria-label={navLabel} className="px-2 pb-3">
        <NavLinks items={items} />
      </nav>
    </details>
  );
}

import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SessionKeepAlive } from "@/components/session/session-keep-alive";
import { navigationFor } from "@/domain/navigation";
import { AppHeader } from "@/features/shell/components/app-header";
import { NavLinks, type TNavLink } from "@/features/shell/components/nav-links";
import { SiteFooter } from "@/features/shell/components/site-footer";
import { UnavailableNotice } from "@/features/shell/components/unavailable-notice";
import type { TMessages } from "@/i18n/messages";
import { isDatabaseUnavailable } from "@/server/errors";
import { requireUser, type TSessionUser } from "@/server/session";

type TNavKey = keyof TMessages["nav"];

/**
 * The signed-in shell. requireUser() here only shapes the UX (redirect to /login); every page and
 * action checks the session again. Database down → the 503 notice instead of the portal.
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  let user: TSessionUser;
  try {
    user = await requireUser({ allowExpiredPassword: true });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error; // includes the redirect to /login
    return (
      <main id="main" tabIndex={-1} className="flex-1 px-4">
        <UnavailableNotice />
      </main>
    );
  }
  const t = await getTranslations();
  const unread = user.unreadNotifications ?? 0; // read with the session (one query)
  // every nav key has a label in both catalogs: src/i18n/catalog.test.ts
  const nav: TNavLink[] = navigationFor(user.role).map((item) => ({ href: item.href, label: t(`nav.${item.key as TNavKey}`) }));
  return (
    <>
      <AppHeader user={user} nav={nav} unread={unread} />
      <div className="mx-auto flex w-full max-w-7xl flex-1">
        <aside className="hidden w-56 shrink-0 border-r border-gray-200 bg-white md:block">
          <nav aria-label={t("common.mainNavigation")} className="sticky top-0 p-3">
            <NavLinks items={nav} />
          </nav>
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 md:px-8">
          {children}
        </main>
      </div>
      <SiteFooter />
      <SessionKeepAlive />
    </>
  );
}

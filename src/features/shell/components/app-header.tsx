import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { TRole } from "@/domain/roles";
import { NotificationLink } from "@/features/notifications/components/notification-link";
import { LocaleSwitcher } from "./locale-switcher";
import { MobileNav } from "./mobile-nav";
import type { TNavLink } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

type TAppHeaderProps = {
  user: { displayName: string; role: TRole };
  nav: readonly TNavLink[];
  /** unread in-app notifications (loop jobs) */
  unread?: number;
};

/** Product name, who is signed in and as what, language, sign-out; the phone menu underneath. */
export function AppHeader({ user, nav, unread = 0 }: TAppHeaderProps) {
  const t = useTranslations("common");
  const tRoles = useTranslations("roles");
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="h-1 bg-brand-700" aria-hidden="true" />
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/home" className="flex items-baseline gap-2 rounded-sm">
          <span className="text-xl font-bold tracking-wide text-brand-700">{t("appName")}</span>
          <span className="hidden text-sm text-gray-700 sm:inline">{t("appTagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-gray-900">
            <span className="sr-only">{t("userMenu")}: </span>
            <span className="font-medium">{user.displayName}</span>
            <span className="ml-2 rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-800">{tRoles(user.role)}</span>
          </p>
          <NotificationLink unread={unread} />
          <LocaleSwitcher />
          <SignOutButton />
        </div>
      </div>
      <MobileNav items={nav} menuLabel={t("menu")} navLabel={t("mainNavigation")} />
    </header>
  );
}

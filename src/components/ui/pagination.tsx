import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { cx } from "./cx";
import { pageHref, pageWindow, type TPageParams } from "./pagination-links";

type TPaginationProps = {
  page: number;
  pageCount: number;
  /** the list's path, e.g. "/deputies" */
  basePath: string;
  /** the other query parameters to keep (filters); `page` is set by the component */
  params?: TPageParams;
};

const LINK = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border px-3 text-sm";

/** Plain links with ?page=, so paging works without JavaScript and can be bookmarked. */
export function Pagination({ page, pageCount, basePath, params }: TPaginationProps) {
  const t = useTranslations("common.pagination");
  if (pageCount <= 1) return null;
  const edge = (target: number, label: string, enabled: boolean) =>
    enabled ? (
      <Link href={pageHref(basePath, params, target)} className={cx(LINK, "border-gray-400 bg-white text-gray-900 hover:bg-gray-100")}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={cx(LINK, "border-gray-200 text-gray-500")}>
        {label}
      </span>
    );
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-gray-700">{t("status", { page, pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        <li>{edge(page - 1, t("previous"), page > 1)}</li>
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-gray-600">
              …
            </li>
          ) : (
            <li key={p} className="hidden sm:block">
              <Link
                href={pageHref(basePath, params, p)}
                aria-label={t("goTo", { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={cx(LINK, p === page ? "border-brand-700 bg-brand-700 text-white" : "border-gray-400 bg-white text-gray-900 hover:bg-gray-100")}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>{edge(page + 1, t("next"), page < pageCount)}</li>
      </ul>
    </nav>
  );
}

import { useId, type ReactNode } from "react";
import { cx } from "./cx";

type TCardProps = {
  title?: ReactNode;
  /** heading level of the title; h2 by default */
  level?: 2 | 3 | 4;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  className?: string;
};

/** A bordered section; with a title it is a labelled region (aria-labelledby). */
export function Card({ title, level = 2, description, children, footer, className }: TCardProps) {
  const headingId = useId();
  const Heading = (["h2", "h3", "h4"] as const)[level - 2] ?? "h2";
  return (
    <section
      aria-labelledby={title ? headingId : undefined}
      className={cx("rounded-lg border border-gray-200 bg-white p-4 shadow-xs sm:p-5", className)}
    >
      {title ? (
        <Heading id={headingId} className="text-base font-semibold text-gray-900">
          {title}
        </Heading>
      ) : null}
      {description ? <p className="mt-1 text-sm text-gray-600">{description}</p> : null}
      {children ? <div className={title || description ? "mt-3" : undefined}>{children}</div> : null}
      {footer ? <div className="mt-4 border-t border-gray-200 pt-3 text-sm">{footer}</div> : null}
    </section>
  );
}

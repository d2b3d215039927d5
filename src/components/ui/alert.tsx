import type { ReactNode } from "react";
import { cx } from "./cx";

export type TAlertTone = "info" | "success" | "warning" | "error";

const TONES: Record<TAlertTone, string> = {
  info: "border-gray-300 bg-white text-gray-900",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-600 bg-amber-50 text-amber-950",
  error: "border-brand-700 bg-brand-50 text-brand-900",
};

type TAlertProps = {
  tone?: TAlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** error → role="alert" (announced at once); others → role="status". */
  id?: string;
  className?: string;
};

export function Alert({ tone = "info", title, children, id, className }: TAlertProps) {
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      className={cx("rounded-md border-l-4 border px-4 py-3", TONES[tone], className)}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={cx("text-sm", title ? "mt-1" : undefined)}>{children}</div> : null}
    </div>
  );
}

import type { ReactNode } from "react";
import { cx } from "./cx";

export type TBadgeTone = "neutral" | "brand" | "success" | "warning" | "info";

const TONES: Record<TBadgeTone, string> = {
  neutral: "bg-gray-100 text-gray-800 ring-gray-300",
  brand: "bg-brand-50 text-brand-800 ring-brand-200",
  success: "bg-green-50 text-green-800 ring-green-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
  info: "bg-sky-50 text-sky-900 ring-sky-300",
};

export function Badge({ tone = "neutral", children, className }: { tone?: TBadgeTone; children: ReactNode; className?: string }) {
  return (
    <span className={cx("badge", TONES[tone], className)}>
      {children}
    </span>
  );
}

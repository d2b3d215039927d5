import type { ComponentProps } from "react";
import { cx } from "./cx";

export type TButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type TButtonSize = "sm" | "md";

const VARIANTS: Record<TButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 border border-brand-700",
  secondary: "bg-white text-gray-900 border border-gray-400 hover:bg-gray-100",
  ghost: "bg-transparent text-gray-800 border border-transparent hover:bg-gray-100",
  danger: "bg-white text-brand-700 border border-brand-700 hover:bg-brand-50",
};

const SIZES: Record<TButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-11 px-4 text-base",
};

/** Classes for a button, also for links that look like one (`<Link className={buttonClasses()}>`). */
export function buttonClasses(variant: TButtonVariant = "primary", size: TButtonSize = "md"): string {
  // .btn (globals.css): the shape and the disabled look, spelled once instead of on every button
  return cx("btn", VARIANTS[variant], SIZES[size]);
}

type TButtonProps = ComponentProps<"button"> & {
  variant?: TButtonVariant;
  size?: TButtonSize;
  /** Busy: announced (aria-busy) and shown as disabled (aria-disabled, so focus is kept). */
  pending?: boolean;
};

/**
 * Works in server and client components (no event handlers of its own). A pending submit button
 * keeps focus and stays in the tab order; the form's submit handler must ignore repeat submits.
 */
export function Button({ variant, size, pending = false, className, type = "button", ...rest }: TButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      aria-busy={pending || undefined}
      aria-disabled={pending || rest["aria-disabled"] || undefined}
      className={cx(buttonClasses(variant, size), className)}
    />
  );
}

"use client";

/** Opens the browser's print dialog (the form prints on A4 by the page's print stylesheet). */
export function PrintButton({ label, className }: { label: string; className?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      {label}
    </button>
  );
}
